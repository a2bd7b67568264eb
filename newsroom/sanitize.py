"""Allow-list HTML sanitising for rich text (article bodies, biographies, summaries).

Every path that writes rich text (admin, wire import, shell) goes through ``clean_html``
in the model's ``save``; templates may then mark the stored value safe.
"""

import nh3

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup",
    "blockquote", "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td",
    "figure", "figcaption", "hr",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


def clean_html(html: str) -> str:
    """Return ``html`` with every tag, attribute and URL scheme outside the allow-list removed.

    Scripts, styles and event handlers go with their content; links get
    ``rel="noopener noreferrer"``. Idempotent.
    """
    if not html:
        return ""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    ).strip()
