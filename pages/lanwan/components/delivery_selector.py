"""The delivery choice at checkout: one radio per mode and carrier, its terms or the reason it is not offered."""

from __future__ import annotations

import re
from typing import ClassVar

from playwright.sync_api import Locator

from pages.text import exactly


def mode_and_carrier(mode: str, carrier: str) -> re.Pattern[str]:
    """A delivery option's name: `宅配（黑貓宅急便）` or `Home delivery (T-Cat)`."""
    return re.compile(rf"^\s*{re.escape(mode)}\s*[（(]\s*{re.escape(carrier)}\s*[）)]\s*$")


class DeliverySelector:
    """The delivery fieldset inside `root` (the checkout form)."""

    WHY_NOT: ClassVar[
        dict[str, re.Pattern[str]]
    ] = {  # what the reason beside a mode that is not offered is about, by the oracle's refusal
        "temperature": re.compile("冷藏|冷凍|常溫|chilled|frozen|ambient", re.IGNORECASE),
        "voucher": re.compile("餐券|voucher", re.IGNORECASE),
        "weight": re.compile("公斤|kg"),
        "size": re.compile("公分|cm"),
    }
    STORE_MISSING = re.compile("門市|store")

    def __init__(self, root: Locator) -> None:
        self.root = root.get_by_role("group", name=exactly("配送方式", "Delivery"))
        self.options = self.root.get_by_role("radio")

    def option(self, mode: str, carrier: str) -> Locator:
        """The radio button of one delivery mode and carrier (its description gives its terms or why not)."""
        return self.root.get_by_role("radio", name=mode_and_carrier(mode, carrier))

    @staticmethod
    def fee_stated(fee: str | None) -> re.Pattern[str]:
        """A mode's description stating this fee as the site writes it (None: that there is none)."""
        return re.compile(rf"{re.escape(fee)}(?![\d,])") if fee else re.compile("免運費|No delivery fee")

    def store(self, mode: str, carrier: str) -> Locator:
        """The pickup-store list of a store-pickup mode."""
        return self.root.get_by_label(exactly(f"{mode}門市（{carrier}）", f"{mode} store ({carrier})"))

    def choose(self, mode: str, carrier: str) -> None:
        """Pick this delivery mode and carrier."""
        self.option(mode, carrier).check()

    def choose_store(self, mode: str, carrier: str, store: str) -> None:
        """Pick the store to collect from, by the start of its name as the list shows it."""
        listing = self.store(mode, carrier)
        label = next(text for text in listing.get_by_role("option").all_inner_texts() if text.strip().startswith(store))
        listing.select_option(label=label.strip())
