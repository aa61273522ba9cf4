"""The pages a guest reaches only through a form: walked through once, read where they stand, crawled from.

The public crawl (crawl_site) follows links from the home page. The confirmation of a booking,
the booking looked up, the order placed, the message sent and the links inside their emails are
reached only by filling in forms, so a broken link, a missing footer or a licence dropped there
would hide from it. This journey books, looks the booking up, orders and writes in (what the
property offers), reads each page it lands on as the guest sees it, then crawls every page their
links and the emails' links lead to that the public crawl has not already judged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import allure
from playwright.sync_api import BrowserContext

from scenarios.book_stay import book_stay, open_booking_email
from scenarios.cancel_booking import open_own_booking
from scenarios.crawl_site import PageVisit, SiteMap, crawl_site, read_open_page
from scenarios.order_goods import open_order_email, order_goods
from scenarios.send_feedback import open_feedback_email, send_feedback
from scenarios.visit import Visit
from support import findings
from support.data import TestData
from support.guest_data import feedback, invoice, plain_order
from support.mailbox import Mailbox


@dataclass
class JourneyMap:
    """What the journeys showed: each landing page as read there, the emails' links, and the pages beyond."""

    landings: dict[str, PageVisit] = field(default_factory=dict)  # what the guest did → the page it led to
    emails: dict[str, list[str]] = field(default_factory=dict)  # which email → its links
    beyond: SiteMap = field(default_factory=lambda: SiteMap({}, set()))  # pages only these links reach
    cookies: list = field(default_factory=list)  # the guest's, so a test can show a page only they may see

    def pages(self) -> list[PageVisit]:
        """Every page the guest saw on the way or reached from it, that answered with a page."""
        return [*self.landings.values(), *self.beyond.html_pages()]

    def broken_links(self) -> dict[str, str]:
        """Each address behind the forms that answered with an error, and where it was linked from."""
        return {visit.url: f"{visit.status}, linked from {visit.found_on}" for visit in self.beyond.pages.values()
                if visit.status >= 400}  # fmt: skip


def walk_behind_forms(
    context: BrowserContext, visit: Visit, data: TestData, mailbox: Mailbox, base_url: str, known: SiteMap
) -> JourneyMap:
    """Book, look the booking up, order and write in, as the property offers; then crawl what they link to.

    `known` is the public crawl: pages it reached are its verdict, so only new addresses are visited.
    """
    journey, guest = JourneyMap(), data.guest()
    with allure.step(findings.step("walk-behind-forms")):
        booked = book_stay(visit, data.cheapest_stay(), guest)
        journey.landings[findings.thing("booking confirmation")] = read_open_page(visit)
        email = open_booking_email(context, visit, mailbox, guest, booked.reference)
        journey.emails[findings.thing("booking email")] = _links_and_close(visit.on(email.page))
        open_own_booking(visit, mailbox, booked.reference, guest.email)
        journey.landings[findings.thing("looked-up booking")] = read_open_page(visit)
        if visit.profile.offers("shop"):
            order_goods(visit, plain_order(data, invoice(data, "mobile-barcode")), guest)
            journey.landings[findings.thing("order confirmation")] = read_open_page(visit)
            email = open_order_email(context, visit, mailbox, guest)
            journey.emails[findings.thing("order email")] = _links_and_close(visit.on(email.page))
        if visit.profile.offers("contact-form"):
            message = feedback(data, _plain_category(visit))
            send_feedback(visit, message)
            journey.landings[findings.thing("feedback acknowledgement")] = read_open_page(visit)
            email = open_feedback_email(context, visit, mailbox, message)
            journey.emails[findings.thing("feedback email")] = _links_and_close(visit.on(email.page))
    start = [(link, found_on) for found_on, landing in journey.landings.items() for link in landing.links]
    start += [(link, found_on) for found_on, links in journey.emails.items() for link in links]
    journey.beyond = crawl_site(context, visit.pack, base_url, start=start, known=set(known.pages))
    journey.cookies = context.cookies()
    return journey


def _links_and_close(email: Visit) -> list[str]:
    """The links of an email opened in a tab of its own, which is then closed."""
    links = email.pack.AnyPage(email.page).link_targets()
    email.page.close()
    return links


def _plain_category(visit: Visit) -> str:
    """A kind of feedback that needs nothing but a message."""
    categories = visit.profile.service_standards.feedback
    return next(category.code for category in categories if not category.needs_booking_reference)
