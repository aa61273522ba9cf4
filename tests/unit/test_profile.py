"""The property profile loader: the approved facts, or a clear error naming what is wrong."""

from pathlib import Path

import pytest
import yaml

from support.oracle import refund
from support.profile import Profile, ProfileError, load

DEMO = Path(__file__).parents[2] / "profiles" / "demo-hotel.yaml"


def test_the_demo_profile_loads_with_both_languages():
    profile = load(DEMO)

    assert profile.property.name("zh-TW") == "嵐灣海景旅店"
    assert profile.property.name("en") == "Lanwan Bay Hotel"
    assert profile.total_rooms == sum(room_type.count for room_type in profile.room_types)
    assert profile.room_type("ocean-suite").rates.weekend > profile.room_type("ocean-suite").rates.weekday


def test_a_missing_required_field_is_named(tmp_path):
    data = yaml.safe_load(DEMO.read_text(encoding="utf-8"))
    del data["property"]["name"]
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    with pytest.raises(ProfileError, match=r"property\.name"):
        load(broken)


def test_facts_the_standard_does_not_ask_to_publish_are_optional():
    minimal = {
        "languages": ["en"],
        "money": {"currency": "USD", "symbol": "$", "decimals": 2},
        "property": {"name": {"en": "Practice Inn"}},
        "room_types": [{"code": "basic", "name": {"en": "Basic"}, "max_guests": 2, "rates": {"weekday": "99.50"}}],
        "payment_methods": [{"code": "card", "name": {"en": "Card"}, "plan": "full", "settles": "at-booking"}],
    }

    practice = Profile.model_validate(minimal)

    assert (practice.property.licence, practice.total_rooms, practice.shop) == (None, None, None)
    assert (practice.offers("online-booking"), practice.offers("shop")) == (True, False)
    assert practice.cancellation.bands_for("deposit") == refund.STATUTORY_DEPOSIT


def test_a_feature_and_a_language_are_checked(tmp_path):
    data = yaml.safe_load(DEMO.read_text(encoding="utf-8"))
    data["features"] = [*data["features"], "spa"]
    data["languages"] = ["zh-TW", "english"]
    odd = tmp_path / "odd.yaml"
    odd.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    with pytest.raises(ProfileError, match=r"unknown 'spa'.*|'english' is not a BCP 47 tag"):
        load(odd)


def test_a_profile_that_offers_no_shop_has_no_shop_section(tmp_path):
    data = yaml.safe_load(DEMO.read_text(encoding="utf-8"))
    data["features"].remove("shop")
    odd = tmp_path / "odd.yaml"
    odd.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    with pytest.raises(ProfileError, match="exactly when the profile has a shop section"):
        load(odd)


def test_an_unknown_field_is_refused_rather_than_ignored(tmp_path):
    data = yaml.safe_load(DEMO.read_text(encoding="utf-8"))
    data["tariff"]["breakfst"] = 380
    typo = tmp_path / "typo.yaml"
    typo.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    with pytest.raises(ProfileError, match="breakfst"):
        load(typo)


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ProfileError, match=r"property profile .*: cannot read it"):
        load(tmp_path / "nope.yaml")


def test_an_unknown_code_lists_the_known_ones():
    with pytest.raises(KeyError, match="standard-double"):
        load(DEMO).room_type("penthouse")


def test_the_demo_profile_holds_the_service_standards_contact_and_shop():
    profile = load(DEMO)

    assert profile.service_standards.complaint_deadline_days <= 15
    assert {category.code for category in profile.service_standards.feedback} == {
        "enquiry", "booking-change", "complaint", "compliment"
    }  # fmt: skip
    assert profile.contact.line_official_account.startswith("https://line.me/R/ti/p/@")
    assert profile.shop.delivery_mode("store-family-frozen").store("015731").name("en") == "FamilyMart Gushan"
    assert profile.shop.product("mullet-roe").food.storage("zh-TW").startswith("冷藏")
