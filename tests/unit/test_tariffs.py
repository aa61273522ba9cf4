"""The stay oracle on tariffs unlike the bundled hotel's, each against a hand-worked example.

A B&B priced per person per night in TWD, +20 % on Friday and Saturday nights and +30 % on
holiday nights, with afternoon tea per stay per person and bicycles per night per party; and a
practice site priced per person in US dollars with cents, +25 % on weekend nights, with add-ons
once per stay.
"""

from datetime import date
from decimal import Decimal

import pytest

from support import oracle
from support.oracle.stay import ROOM, SERVICE_CHARGE, Fee
from support.profile import Profile

FRIDAY = date(2027, 3, 5)


def profile(**changes: object) -> Profile:
    """A B&B's profile with only the facts its tariff needs; `changes` replaces top-level sections."""
    data = {
        "languages": ["zh-TW", "ja"],
        "property": {"name": {"zh-TW": "山霧民宿", "ja": "山霧民宿"}},
        "room_types": [
            {"code": "cedar", "name": {"zh-TW": "檜木房", "ja": "ヒノキ室"}, "max_guests": 4,
             "rates": {"per": "person", "weekday": 3250}},
        ],
        "tariff": {
            "weekend_nights": ["friday", "saturday"],
            "weekend": {"surcharge_percent": 20},
            "holidays": {"nights": ["2027-03-08"], "surcharge_percent": 30},
            "addons": [
                {"code": "tea", "name": {"zh-TW": "下午茶", "ja": "アフタヌーンティー"}, "price": 450, "per": "stay",
                 "for": "person"},
                {"code": "bikes", "name": {"zh-TW": "單車", "ja": "自転車"}, "price": 300, "per": "night",
                 "for": "party"},
            ],
            "deposit": {"percent": 30, "of": "total"},
        },
        "payment_methods": [
            {"code": "card", "name": {"zh-TW": "信用卡", "ja": "カード"}, "plan": "full", "settles": "at-booking"},
            {"code": "transfer", "name": {"zh-TW": "轉帳", "ja": "振込"}, "plan": "deposit",
             "settles": "by-deadline", "pay_within_days": 3},
        ],
    }  # fmt: skip
    data.update(changes)
    return Profile.model_validate(data)


def stay(check_in: date, nights: int, guests: int, **changes: object) -> oracle.Stay:
    values = {"room_type": "cedar", "check_in": check_in, "check_out": date.fromordinal(check_in.toordinal() + nights),
              "rooms": 1, "guests": guests, "payment_method": "card"}  # fmt: skip
    values.update(changes)
    return oracle.Stay(**values)


def test_per_person_rates_with_a_weekend_and_a_holiday_surcharge():
    # Fri 3,250 × 1.2 = 3,900; Sat 3,900; Sun 3,250; Mon (holiday) 3,250 × 1.3 = 4,225 → 15,275 a person, × 3
    quote = oracle.price(profile(), stay(FRIDAY, nights=4, guests=3))

    assert quote.lines == {ROOM: Decimal(15275 * 3)}


def test_add_ons_per_stay_per_person_and_per_night_per_party():
    # tea: 450 × 2 people, once; bicycles: 300 × 2 nights, once for the party
    quote = oracle.price(profile(), stay(date(2027, 3, 2), nights=2, guests=2, addons={"tea": 1, "bikes": 1}))

    assert quote.lines[Fee("addon", "tea")] == 900
    assert quote.lines[Fee("addon", "bikes")] == 600
    assert quote.total == 3250 * 2 * 2 + 900 + 600


def test_a_deposit_of_the_whole_stay_rounds_half_up():
    # Tue 3,250 × 1 guest + tea 450 = 3,700; 30 % = 1,110
    plan = oracle.schedule(profile(), stay(date(2027, 3, 2), 1, 1, addons={"tea": 1}, payment_method="transfer"),
                           booked_on=date(2027, 2, 1))  # fmt: skip

    assert (plan.prepay, plan.balance) == (Decimal(1110), Decimal(2590))


def test_a_fixed_holiday_price_wins_over_the_surcharge():
    rooms = [{"code": "cedar", "name": {"zh-TW": "檜木房", "ja": "ヒノキ室"}, "max_guests": 4,
              "rates": {"per": "person", "weekday": 3250, "holiday": 5000}}]  # fmt: skip

    quote = oracle.price(profile(room_types=rooms), stay(date(2027, 3, 8), nights=1, guests=1))

    assert quote.room == 5000


def test_dollars_and_cents_per_person_with_a_quarter_more_on_weekends():
    practice = profile(
        languages=["en"],
        money={"currency": "USD", "symbol": "$", "decimals": 2},
        property={"name": {"en": "Practice Inn"}},
        room_types=[{"code": "basic", "name": {"en": "Basic plan"}, "max_guests": 2,
                     "rates": {"per": "person", "weekday": "120.10"}}],
        tariff={"weekend_nights": ["friday", "saturday"], "weekend": {"surcharge_percent": 25},
                "addons": [{"code": "parking", "name": {"en": "Parking"}, "price": "9.99", "per": "stay",
                            "for": "party"}],
                "service_charge": {"percent": 10, "applies_to": ["room"]}},
        payment_methods=[{"code": "card", "name": {"en": "Card"}, "plan": "full", "settles": "at-booking"}],
    )  # fmt: skip
    # Thu 120.10, Fri 120.10 × 1.25 = 150.125 → 150.13; × 2 guests = 540.46; service 54.046 → 54.05; parking 9.99
    quote = oracle.price(practice, stay(date(2027, 3, 4), 2, 2, room_type="basic", addons={"parking": 1}))

    assert quote.lines == {ROOM: Decimal("540.46"), SERVICE_CHARGE: Decimal("54.05"), Fee("addon", "parking"):
                           Decimal("9.99")}  # fmt: skip
    assert practice.money_format.format(quote.total) == "$604.50"


def test_a_profile_needs_every_text_in_each_of_its_languages():
    with pytest.raises(ValueError, match=r"room_types\[0\]\.name: no ja text"):
        profile(room_types=[{"code": "cedar", "name": {"zh-TW": "檜木房"}, "max_guests": 4,
                             "rates": {"weekday": 3250, "weekend": 3900}}])  # fmt: skip
