"""The site served under a path prefix (`--root-path /hotel`): every link, redirect, cookie and mail link keeps it."""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from site_helpers import STAFF_PASSWORDS, Site

from demo_site import urls
from demo_site.__main__ import parse_args

PREFIX = "/hotel"
_LINKING = {"href", "src", "action", "formaction", "data-quote-url"}


class _Addresses(HTMLParser):
    """Every address a page points at: links, images, scripts, style sheets, form actions, the quote URL."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found += [(tag, value) for name, value in attrs if name in _LINKING and value]


def _addresses(html: str) -> list[tuple[str, str]]:
    parser = _Addresses()
    parser.feed(html)
    return parser.found


def _site_paths(html: str) -> list[str]:
    """The addresses on the page that point into the site itself (not mailto:, tel:, other hosts or #fragments)."""
    return [value for _, value in _addresses(html) if value.startswith("/")]


@pytest.fixture
def prefixed(make_site: Callable[..., Site]) -> Site:
    """The site served under /hotel; the client's paths are inside the prefix."""
    return make_site(root_path=PREFIX)


def _crawl(site: Site, start: str) -> dict[str, str]:
    """Every page reachable from `start` by following the site's own links (GET), by final URL → HTML."""
    client, seen, pages, queue = site.client, set(), {}, [start]
    while queue:
        absolute = queue.pop()
        if absolute in seen:
            continue
        seen.add(absolute)
        response = client.get(f"http://testserver{absolute}")
        assert response.status_code == 200, f"{absolute} answered {response.status_code}"
        if "text/html" not in response.headers["content-type"]:
            continue
        pages[str(response.url)] = response.text
        for tag, value in _addresses(response.text):
            target = urlsplit(urljoin(str(response.url), value))
            if tag in {"a", "img", "link", "script"} and target.netloc == "testserver" and "lang=" not in target.query:
                queue.append(target.path + (f"?{target.query}" if target.query else ""))
    return pages


def test_every_page_reachable_from_home_links_only_inside_the_prefix(prefixed: Site):
    pages = _crawl(prefixed, f"{PREFIX}/")

    assert len(pages) >= 20
    outside = {
        page: path for page, html in pages.items() for path in _site_paths(html) if not path.startswith(f"{PREFIX}/")
    }
    assert outside == {}


def test_every_back_office_page_links_only_inside_the_prefix(prefixed: Site):
    form = {
        "category": "complaint",
        "name": "林雅婷",
        "email": "guest@guest.example",
        "message": "冷氣故障",
        "consent": "on",
    }
    assert prefixed.client.post("/contact", data=form).status_code == 200
    signed_in = prefixed.client.post("/admin/login", data={"username": "agent", "password": STAFF_PASSWORDS["agent"]})
    assert signed_in.status_code == 200

    pages = _crawl(prefixed, f"{PREFIX}/admin/cases")

    assert any("/admin/cases/CS-" in page for page in pages)
    outside = {
        page: path for page, html in pages.items() for path in _site_paths(html) if not path.startswith(f"{PREFIX}/")
    }
    assert outside == {}


def test_the_unprefixed_site_links_from_the_root_as_before(site: Site):
    pages = _crawl(site, "/")

    paths = {path for html in pages.values() for path in _site_paths(html)}
    assert {"/", "/rooms", "/book", "/static/site.css", "/cancellation", "/contact"} - paths == set()
    assert not any(path.startswith(PREFIX) for path in paths)


def test_static_files_and_the_live_quote_answer_under_the_prefix(prefixed: Site):
    form = prefixed.client.get("/book").text
    [quote_url] = re.findall(r'data-quote-url="([^"]+)"', form)

    assert quote_url == f"{PREFIX}/book/quote"
    assert f'src="{PREFIX}/static/booking.js"' in form
    assert prefixed.client.get("/static/site.css").status_code == 200
    assert prefixed.client.get("/static/booking.js").status_code == 200
    answer = prefixed.client.get(f"http://testserver{quote_url}", params=prefixed.form())
    assert answer.json()["complete"] is True


@pytest.mark.parametrize("path", ["/", "/rooms", "/healthz", "/static/site.css", "/hotelx/rooms", "/hote"])
def test_a_path_outside_the_prefix_is_not_found(prefixed: Site, path: str):
    assert prefixed.client.get(f"http://testserver{path}").status_code == 404


def test_health_answers_inside_the_prefix(prefixed: Site):
    assert prefixed.client.get("/healthz").json()["status"] == "ok"


def test_a_booking_redirects_to_its_confirmation_and_mails_links_under_the_prefix(prefixed: Site, smtp):
    address = smtp.address("prefix-booking")

    response = prefixed.confirm(prefixed.token(email=address))

    assert response.status_code == 303
    location = response.headers["location"]
    assert re.fullmatch(rf"{PREFIX}/book/confirmation/[A-Z0-9-]+", location)
    assert prefixed.client.get(f"http://testserver{location}").status_code == 200
    reference = location.rsplit("/", 1)[1]
    message = smtp.wait_for(to=address, subject=reference)
    assert message.links
    assert all(link.startswith(f"http://testserver{PREFIX}/") for link in message.links), message.links
    text_links = re.findall(r"https?://\S+", message.text)
    assert text_links
    assert all(link.startswith(f"http://testserver{PREFIX}/") for link in text_links), text_links


def test_a_message_redirects_to_its_acknowledgement_and_mails_links_under_the_prefix(prefixed: Site, smtp):
    address = smtp.address("prefix-contact")
    form = {"category": "enquiry", "name": "林雅婷", "email": address, "message": "請問有停車位嗎？", "consent": "on"}

    response = prefixed.client.post("/contact", data=form, follow_redirects=False)

    assert response.status_code == 303
    assert response.headers["location"].startswith(f"{PREFIX}/contact/received/")
    assert prefixed.client.get(f"http://testserver{response.headers['location']}").status_code == 200
    message = smtp.wait_for(to=address)
    assert f"http://testserver{PREFIX}/" in message.links


def test_the_cart_redirects_and_keeps_its_cookie_under_the_prefix(prefixed: Site):
    response = prefixed.client.post("/cart/add", data={"product": "mug", "quantity": "1"}, follow_redirects=False)

    assert response.status_code == 303
    assert response.headers["location"] == f"{PREFIX}/cart"
    assert f"Path={PREFIX}" in response.headers["set-cookie"]
    cart = prefixed.client.get(f"http://testserver{response.headers['location']}")
    assert f'href="{PREFIX}/checkout"' in cart.text


def test_staff_sign_in_returns_to_the_page_asked_for_under_the_prefix(prefixed: Site):
    anonymous = prefixed.client.get("/admin/cases", follow_redirects=False)
    assert anonymous.headers["location"] == f"{PREFIX}/admin/login?next=/admin/cases"

    signed_in = prefixed.client.post(
        "/admin/login",
        data={"username": "agent", "password": STAFF_PASSWORDS["agent"], "next": "/admin/cases"},
        follow_redirects=False,
    )

    assert signed_in.status_code == 303
    assert signed_in.headers["location"] == f"{PREFIX}/admin/cases"
    assert f"Path={PREFIX}" in signed_in.headers["set-cookie"]
    assert prefixed.client.get("/admin/cases").status_code == 200


def test_the_language_switch_sticks_under_the_prefix(prefixed: Site):
    english = prefixed.client.get("/rooms", params={"lang": "en"})

    assert f"Path={PREFIX}" in english.headers["set-cookie"]
    links = dict((value, tag) for tag, value in _addresses(english.text) if "lang=" in value)
    assert {urljoin(str(english.url), link) for link in links} == {
        f"http://testserver{PREFIX}/rooms?lang=zh-TW",
        f"http://testserver{PREFIX}/rooms?lang=en",
    }
    assert 'lang="en"' in prefixed.client.get("/about").text


def test_the_legal_pages_are_found_under_the_prefix(prefixed: Site):
    for page in ("privacy", "disclaimer", "security"):
        assert prefixed.client.get(f"/{page}").status_code == 200


@pytest.mark.parametrize(
    ("given", "prefix"), [("", ""), ("/", ""), ("hotel", "/hotel"), ("/hotel/", "/hotel"), ("/a/b", "/a/b")]
)
def test_a_prefix_is_normalised(given: str, prefix: str):
    assert urls.normalise_root_path(given) == prefix


@pytest.mark.parametrize("given", ["/ho tel", "/a//b", "/hotel?x", "/hotel#x"])
def test_an_unusable_prefix_is_refused(given: str):
    with pytest.raises(ValueError, match="not a usable path prefix"):
        urls.normalise_root_path(given)


def test_the_prefix_comes_from_the_command_line_or_the_environment(monkeypatch: pytest.MonkeyPatch):
    assert parse_args([]).root_path == ""
    monkeypatch.setenv("DEMO_SITE_ROOT_PATH", "/from-env")
    assert parse_args([]).root_path == "/from-env"
    assert parse_args(["--root-path", "/hotel"]).root_path == "/hotel"
