"""Checks several requirement tests share: fee tables, payment schedules, the company details of every page."""

from __future__ import annotations

from playwright.sync_api import expect

from support import oracle
from support.money import MoneyFormat
from support.profile import Profile


def fee_lines(profile: Profile, quote: oracle.Quote, lang: str) -> list[tuple[str, str | None]]:
    """The quote's lines as a fee table names them: their kind, and an add-on's approved name."""
    return [(fee.kind, profile.tariff.addon(fee.code).name(lang) if fee.code else None) for fee in quote.lines]


def expect_fees(fees: object, profile: Profile, lang: str, quote: oracle.Quote, money: MoneyFormat) -> None:
    """The table lists exactly the quote's fees, each with its amount, and the quote's total."""
    lines = fee_lines(profile, quote, lang)
    fees.expect_lines(lines)
    for (kind, name), amount in zip(lines, quote.lines.values(), strict=True):
        expect(fees.amount(kind, name), f"fee line {name or kind}").to_have_text(money.pattern(amount))
    expect(fees.total).to_have_text(money.pattern(quote.total))


def expect_schedule(payment: object, plan: oracle.Schedule, money: MoneyFormat) -> None:
    """The prepayment, the balance, the final payment date and the room hold are the oracle's."""
    expect(payment.prepay).to_have_text(money.pattern(plan.prepay))
    expect(payment.balance).to_have_text(money.pattern(plan.balance))
    expect(payment.final_payment_date).to_have_attribute("datetime", plan.final_payment_date.isoformat())
    if plan.hold_until:
        expect(payment.hold_until).to_have_attribute("datetime", plan.hold_until.isoformat(timespec="minutes"))


def company_details(profile: Profile, lang: str) -> list[str]:
    """The approved details every page must show: legal name, licence, address, phone, email (those approved)."""
    facts = profile.property
    texts = [facts.legal_name, facts.licence, facts.address]
    return [text(lang) for text in texts if text] + [value for value in (facts.service_phone, facts.service_email)
                                                     if value]  # fmt: skip
