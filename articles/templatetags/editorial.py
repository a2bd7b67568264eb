"""Template filters for the editorial admin pages."""

from django import template

from articles.desk.revisions import user_label

register = template.Library()


@register.filter(name="user_label")
def user_label_filter(user) -> str:
    """A newsroom account's name the Vietnamese way: family name first ("Lê Văn Minh")."""
    return user_label(user)
