"""What the browser tests share: signing in to the admin and screenshots for the docs."""

from pathlib import Path

#: ``tests.factories.UserFactory``'s password.
PASSWORD = "mat-khau-toa-soan"
#: Where ``DOCS_SCREENSHOTS=1`` writes the screenshots the editors' guide shows.
DOCS_IMG = Path(__file__).resolve().parents[2] / "docs" / "img"


def log_in(page, live_server, username, password=PASSWORD):
    """Sign ``page`` in through the admin's login form, as an editor does."""
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_selector("#content-main")
    return page
