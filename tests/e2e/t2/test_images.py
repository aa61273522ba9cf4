"""T2: every image on the public pages loads, is a web format, has alt text, and is approved and licensed."""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from types import ModuleType
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page

from scenarios.crawl_site import SiteMap
from support.checks import each
from support.profile import Profile

pytestmark = pytest.mark.nondestructive
WEB_FORMATS = re.compile(r"^image/(gif|jpeg|png)\b")


@pytest.mark.requirement("P2.2.1")
def test_every_image_loads_in_a_web_format_with_alt_text(page: Page, pack: ModuleType, site_map: SiteMap):
    """Each image loads, is served as GIF, JPEG or PNG, and has alt text."""
    images = {image.src: (visit.url, image) for visit in site_map.html_pages() for image in visit.images}
    checker = pack.AnyPage(page)

    problems: dict[str, str] = {}  # image → what is wrong with it, and where
    for src, (found_on, image) in images.items():
        status, content_type = checker.fetch(src)
        if not image.loaded or status != 200:
            problems[src] = f"does not load ({status}) on {found_on}"
        elif not WEB_FORMATS.match(content_type):
            problems[src] = f"is {content_type!r}, not GIF, JPEG or PNG, on {found_on}"
        elif not (image.alt or "").strip():
            problems[src] = f"has no alt text on {found_on}"
    assert images, "the crawler found no images"
    if problems:
        checker.open(images[next(iter(problems))][0])  # the report's screenshot then shows the first offending page
    assert not problems, "\n".join(f"{src} {problem}" for src, problem in problems.items())


@pytest.mark.requirement("P2.2.3", "P2.1.4")
def test_every_image_is_approved_and_licensed(
    page: Page, pack: ModuleType, site_map: SiteMap, profile: Profile, site_lang: str
):
    """Each image is in the profile's approved media, with a licence, and shows its approved alt text."""
    approved = {media.file: media for media in profile.media}

    problems: dict[str, str] = {}  # offending page → what is wrong there
    each([image for visit in site_map.html_pages() for image in visit.images], "images on the site")
    for visit in site_map.html_pages():
        for image in visit.images:
            media = approved.get(PurePosixPath(urlsplit(image.src).path).name)
            if media is None:
                problems[visit.url] = f"{image.src} is not in the approved media list"
            elif not media.licence.strip():
                problems[visit.url] = f"{image.src} has no licence recorded"
            elif image.alt != media.alt(site_lang):
                problems[visit.url] = f"{image.src} has alt {image.alt!r}, approved {media.alt(site_lang)!r}"
    if problems:
        pack.AnyPage(page).open(next(iter(problems)))  # the report's screenshot then shows the first offending page
    assert not problems, "\n".join(f"{url}: {problem}" for url, problem in problems.items())
