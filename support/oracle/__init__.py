"""Oracles: the expected money and dates, computed from the property profile and the rules alone.

Independent of the site on purpose: no site code is imported or copied, so a site that charges
or promises something the operator did not approve cannot agree with itself.

- `stay`: the price of a stay, how and when it must be paid, whether a method can take it.
- `refund`: what a cancellation must give back, by the statutory schedules.
- `order`, `einvoice`, `feedback` (import as modules): shop orders and delivery, e-invoice numbers, reply deadlines.
"""

from support.oracle.stay import Fee, Quote, Schedule, Stay, accepts, pay_by, price, schedule

__all__ = ["Fee", "Quote", "Schedule", "Stay", "accepts", "pay_by", "price", "schedule"]
