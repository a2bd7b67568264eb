from articles.models import Section


def navigation(request):
    """Sections for the header menu (one query, evaluated only if a template uses it)."""
    return {"menu_sections": Section.objects.filter(in_menu=True)}
