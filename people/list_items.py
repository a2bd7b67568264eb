"""The items of the lists of officials and of resolutions, as markup.

A template loop over the thirty officials or twenty resolutions of a page cost more CPU than the
rest of the page. These functions write the same markup (``templates/people/person_list.html``
and ``resolution_list.html`` show where it goes) with plain string formatting, escaping every
value as the template engine did.
"""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from newsroom.templatetags.vietnamese import vn_date
from people.models import Resolution


def person_cards(entries) -> SafeString:
    """The ``<li>`` of each official (``entries``: the person, the titles held today, the
    initial shown without a portrait)."""
    cards = []
    for entry in entries:
        person = entry["person"]
        photo = person.portrait
        if photo:
            picture = (
                f'<img class="person-thumb" src="{escape(photo.src or photo.image.url)}" alt=""'
                f' width="{escape(photo.width)}" height="{escape(photo.height)}" loading="lazy"'
                ' decoding="async">'
            )
        else:
            picture = (
                '<span class="person-thumb person-thumb--empty" aria-hidden="true">'
                f"{escape(entry['initial'])}</span>"
            )
        titles = entry["titles"]
        meta = f'<p class="meta">{"; ".join(escape(t) for t in titles)}</p>' if titles else ""
        cards.append(
            f'\n  <li class="person-card">\n    {picture}\n    <div>\n'
            f'      <h2 class="person-name"><a href="{escape(person.get_absolute_url())}">'
            f"{escape(person.full_name)}</a></h2>\n"
            f"      {meta}\n    </div>\n  </li>\n  "
        )
    if not cards:
        cards.append('\n  <li class="empty">Chưa có nhân vật nào.</li>\n  ')
    return mark_safe("".join(cards))


def resolution_items(resolutions) -> SafeString:
    """The ``<li>`` of each resolution: kind, number, status, title, issuer, date."""
    items = []
    for resolution in resolutions:
        kicker = escape(resolution.get_kind_display())
        if resolution.number:
            kicker += f" số {escape(resolution.number)}"
        if resolution.status == Resolution.Status.SUPERSEDED:
            kicker += f' · <span class="status">{escape(resolution.get_status_display())}</span>'
        issuer, adopted = resolution.issuer, resolution.adopted_on
        meta = escape(issuer.name) if issuer else ""
        meta += " · " if issuer and adopted else ""
        meta += f"Ngày {escape(vn_date(adopted))}" if adopted else ""
        items.append(
            f'\n  <li>\n    <p class="kicker">{kicker}</p>\n'
            f'    <h2 class="resolution-title"><a href="{escape(resolution.get_absolute_url())}">'
            f"{escape(resolution.title)}</a></h2>\n"
            f'    <p class="meta">{meta}</p>\n  </li>\n  '
        )
    if not items:
        items.append('\n  <li class="empty">Không có văn bản nào phù hợp.</li>\n  ')
    return mark_safe("".join(items))
