"""The hotel's published pages: each answers in both languages with the facts of house.py, under a path prefix too."""

from __future__ import annotations

import re

import pytest
from info_helpers import InfoSite, start

from misty_hill import defects
from misty_hill.info import DEFECTS, PATHS

LANGS = ("zh-TW", "ja")


@pytest.fixture
def site(tmp_path) -> InfoSite:
    """The site with no defect switches."""
    return start(tmp_path)


def text_of(html: str) -> str:
    """The page's text without markup, whitespace squeezed."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", sorted(PATHS))
def test_every_page_answers_in_the_browsers_language(site: InfoSite, name: str, lang: str):
    """Each page is there, in the language the browser asks for, with the footer's company details."""
    response = site.get(f"/{PATHS[name]}", lang)

    assert response.status_code == 200
    assert f'<html lang="{lang}"' in response.text
    footer = text_of(response.text.split("<footer", 1)[1])
    assert "03-861-2345" in footer
    assert "stay@misty-hill.example" in footer
    assert ("花蓮縣民宿登記證第 512 號" if lang == "zh-TW" else "花蓮県民宿登録証 第512号") in footer


def test_the_language_cookie_wins_over_the_browser(site: InfoSite):
    """A guest who chose Japanese with the switch keeps it, whatever the browser says."""
    site.client.cookies.set("lang", "ja")

    assert "客室と料金" in site.get("/rooms/", "zh-TW").text


def test_rooms_page_states_each_kind_of_night_per_person(site: InfoSite):
    """Weekday rate, +20 % on Friday and Saturday nights, +30 % on holiday nights; six rooms in all."""
    page = text_of(site.get("/rooms/").text)

    assert "雲杉雙人房 3 間 2 人 TWD 3,250 TWD 3,900 TWD 4,225" in page
    assert "閣樓四人房 1 間 4 人 TWD 2,800 TWD 3,360 TWD 3,640" in page
    assert "全館合計 6 間" in page


def test_fee_page_lists_only_the_holidays_still_ahead(site: InfoSite):
    """Last year's holiday nights are not published as if they were coming (the clock is 3 February 2027)."""
    page = site.get("/rates-and-fees/").text

    assert 'datetime="2027-02-05"' in page
    assert 'datetime="2026-12-31"' not in page


def test_policy_tables_are_the_published_schedules(site: InfoSite):
    """Both refund tables, row by row, as house.py applies them."""
    page = text_of(site.get("/cancellation-policy/").text)

    deposit = "入住前 10 天以上 100% 入住前 7–9 天 80% 入住前 4–6 天 60% 入住前 2–3 天 40% 入住前 1 天 30% 入住當天 10%"
    assert deposit in page
    assert "入住前 2 天以上 100% 入住前 1 天 70% 入住當天 20%" in page


def test_an_unknown_legal_notice_is_not_found(site: InfoSite):
    """Only the four notices exist; anything else under legal/ is a 404 page of the site."""
    assert site.get("/legal/cookies/").status_code == 404


def test_images_are_png_with_alt_text_in_the_pages_language(site: InfoSite):
    """The pages publish the PNG renderings, each with its alternative text in the page's language."""
    home = site.get("/", "ja").text

    assert 'src="static/img/valley-morning.png" alt="朝の渓谷にかかる霧"' in home
    assert 'alt="山霧民宿のロゴ"' in home
    image = site.get("/static/img/room-loft.png")
    assert image.status_code == 200
    assert image.headers["content-type"] == "image/png"


def test_under_a_path_prefix_every_link_stays_inside_it(tmp_path):
    """Served under /misty, pages answer there, links are relative to `<base href="/misty/">`, the root is 404."""
    site = start(tmp_path, root_path="/misty")

    page = site.get("/about/")  # the client's base URL is http://testserver/misty
    outside = site.get("http://testserver/about/")

    assert page.status_code == 200
    assert '<base href="/misty/">' in page.text
    assert not re.search(r'href="/(?!misty/)', page.text)
    assert outside.status_code == 404


def test_every_switch_of_the_pages_is_registered():
    """The registry lists this area's switches with their requirement, so `--list-defects` shows them."""
    listed = defects.listing()

    for name, requirement, _what in DEFECTS:
        assert f"{name}\t{requirement}\t" in listed


@pytest.mark.parametrize(
    ("switch", "path", "gone"),
    [
        ("about-without-licence", "/about/", "民宿登記</th>"),
        ("fees-show-last-years-tea-price", "/rates-and-fees/", "TWD 450"),
        ("policy-drops-day-before-row", "/cancellation-policy/", "入住前 1 天</th><td>30%"),
        ("service-standards-without-complaint-deadline", "/service-standards/", "收到申訴後 5 天內"),
    ],
)
def test_each_page_switch_removes_what_the_page_must_state(tmp_path, switch: str, path: str, gone: str):
    """With the switch on, the page no longer states the fact its requirement demands; without it, it does."""
    assert gone in start(tmp_path / "plain").get(path).text
    assert gone not in start(tmp_path / "broken", defects=(switch,)).get(path).text
