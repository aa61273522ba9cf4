"""The checkout form's rules: who orders, how it is delivered, where the invoice goes; each problem beside its field.

A delivery mode the cart may not use is refused with the same reason the form shows beside it;
a store is required for store pickup, an address (in the area, for local delivery) for delivery
to the door; exactly one e-invoice destination, its number checked. Nothing here stores anything.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from demo_site import einvoice
from demo_site.booking_form import FieldError, _email, _phone, _required  # the booking form's own checks
from demo_site.orders import Cart, refusal
from demo_site.settings import Settings
from demo_site.shop_catalogue import DELIVERY_MODES, DeliveryMode, delivery_mode

_POSTCODE = re.compile(r"^\d{3}(?:\d{2,3})?$")
_INVALID = {
    "mobile-barcode": "error.invoice_mobile_barcode_invalid",
    "citizen-certificate": "error.invoice_citizen_certificate_invalid",
    "donation": "error.invoice_donation_invalid",
    "company": "error.invoice_company_invalid",
}
_BASE_FIELDS = ("name", "email", "phone", "delivery_mode", "postcode", "address", "invoice_type", "company_name")


def store_field(mode: DeliveryMode) -> str:
    """The form field holding the store chosen for a store-pickup mode."""
    return f"pickup_{mode.code}"


FIELDS = (
    *_BASE_FIELDS,
    *einvoice.FIELD.values(),
    *(store_field(mode) for mode in DELIVERY_MODES if mode.needs_store),
)


@dataclass(frozen=True)
class Checkout:
    """A checkout form that passed every check."""

    name: str
    email: str
    phone: str
    delivery_mode: str
    store_code: str | None
    postcode: str | None
    address: str | None
    invoice_type: str
    invoice_value: str
    company_name: str | None


def raw_values(form: Mapping[str, str]) -> dict[str, str]:
    """The form's fields as typed, trimmed, so a re-shown form loses nothing."""
    return {name: str(form.get(name, "")).strip() for name in FIELDS}


def validate(
    values: Mapping[str, str], cart: Cart, settings: Settings
) -> tuple[Checkout | None, dict[str, FieldError]]:
    """The checked checkout, or the errors by field name."""
    errors: dict[str, FieldError] = {}
    name = _required(values, "name", errors, max_length=100)
    email = _email(values, errors)
    phone = _phone(values, errors)
    mode = _mode(values, cart, settings, errors)
    store = _store(values, mode, errors) if mode else None
    postcode, address = _address(values, mode, errors) if mode else (None, None)
    invoice_type, invoice_value, company = _invoice(values, settings, errors)
    if errors or mode is None:
        return None, errors
    return Checkout(name, email, phone, mode.code, store, postcode, address, invoice_type, invoice_value, company), {}


def _mode(
    values: Mapping[str, str], cart: Cart, settings: Settings, errors: dict[str, FieldError]
) -> DeliveryMode | None:
    code = values.get("delivery_mode", "")
    if not code:
        errors["delivery_mode"] = FieldError("error.delivery_required")
        return None
    try:
        mode = delivery_mode(code)
    except KeyError:
        errors["delivery_mode"] = FieldError("error.delivery_required")
        return None
    refused = refusal(mode, cart, settings)
    if refused is not None:
        errors["delivery_mode"] = FieldError(refused.key, refused.params)
        return None
    return mode


def _store(values: Mapping[str, str], mode: DeliveryMode, errors: dict[str, FieldError]) -> str | None:
    if not mode.needs_store:
        return None
    field = store_field(mode)
    code = values.get(field, "")
    if code not in {store.code for store in mode.stores}:
        errors[field] = FieldError("error.store_required")
        return None
    return code


def _address(
    values: Mapping[str, str], mode: DeliveryMode, errors: dict[str, FieldError]
) -> tuple[str | None, str | None]:
    if not mode.needs_address:
        return None, None
    postcode = values.get("postcode", "")
    if not postcode:
        errors["postcode"] = FieldError("error.required")
    elif not _POSTCODE.match(postcode):
        errors["postcode"] = FieldError("error.postcode_invalid")
    elif mode.postcodes and postcode[:3] not in mode.postcodes:
        errors["postcode"] = FieldError("error.postcode_outside_area", {"area": ", ".join(sorted(mode.postcodes))})
    address = _required(values, "address", errors, max_length=200)
    return postcode, address


def _invoice(
    values: Mapping[str, str], settings: Settings, errors: dict[str, FieldError]
) -> tuple[str, str, str | None]:
    kind = values.get("invoice_type", "")
    if kind not in einvoice.TYPES:
        errors["invoice_type"] = FieldError("error.invoice_required")
        return kind, "", None
    field = einvoice.FIELD[kind]
    value = values.get(field, "")
    if not value:
        errors[field] = FieldError("error.required")
    elif not _invoice_number_ok(kind, value, settings):
        errors[field] = FieldError(_INVALID[kind])
    company = _required(values, "company_name", errors, max_length=100) if kind == "company" else None
    return kind, value, company


def _invoice_number_ok(kind: str, value: str, settings: Settings) -> bool:
    if kind == "mobile-barcode":
        return einvoice.is_mobile_barcode(value)
    if kind == "citizen-certificate":
        return einvoice.is_citizen_certificate(value)
    if kind == "donation":
        return einvoice.is_donation_code(value)
    if not einvoice.tax_id_has_eight_digits(value):
        return False
    return settings.has_defect("tax-id-checksum-ignored") or einvoice.tax_id_checksum_ok(value)
