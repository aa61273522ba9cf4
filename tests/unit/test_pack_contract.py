"""A pack exports the pages its property needs: every page of the contract but those of features not offered."""

from __future__ import annotations

from pathlib import Path

import pages.lanwan
import pages.mistyhill
from pages.interface import PAGES, PAGES_OF_FEATURE, missing_pages, needed_pages
from support.profile import load

ROOT = Path(__file__).resolve().parents[2]


def test_a_property_offering_everything_needs_every_page():
    everything = list(PAGES_OF_FEATURE)

    assert needed_pages(everything) == needed_pages(None) == list(PAGES)


def test_the_pages_of_a_feature_not_offered_may_be_left_out():
    needed = needed_pages(["online-booking", "contact-form"])

    assert {"ShopPage", "AdminLoginPage", "ManageLookupPage"}.isdisjoint(needed)
    assert {"ContactPage", "BookingReviewPage"} <= set(needed)


def test_each_reference_pack_exports_what_its_profile_needs_and_no_more_is_asked():
    lanwan, misty = load(ROOT / "profiles/demo-hotel.yaml"), load(ROOT / "profiles/misty-hill.yaml")

    assert missing_pages(pages.lanwan, lanwan.features) == []
    assert missing_pages(pages.mistyhill, misty.features) == []
    assert set(missing_pages(pages.mistyhill)) == {
        name for feature in ("shop", "back-office", "manage-booking") for name in PAGES_OF_FEATURE[feature]
    }
