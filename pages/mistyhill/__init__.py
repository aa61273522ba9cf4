"""The page-object pack of the second reference site (山霧民宿 · Misty Hill B&B, `misty_hill`).

Locators by role and accessible name, then label, then test id; names match the site in either
of its languages (zh-TW or ja). Paths are relative to the base URL. The property offers no shop,
no back office and no booking lookup, so those pages are not here.
"""

from pages.mistyhill.about import AboutPage
from pages.mistyhill.any_page import AnyPage
from pages.mistyhill.booking_confirmation import BookingConfirmationPage
from pages.mistyhill.booking_email import BookingEmailPage
from pages.mistyhill.booking_form import BookingFormPage
from pages.mistyhill.booking_review import BookingReviewPage
from pages.mistyhill.cancellation_email import CancellationEmailPage
from pages.mistyhill.cancellation_policy import CancellationPolicyPage
from pages.mistyhill.cancellation_preview import CancellationPreviewPage
from pages.mistyhill.contact import ContactPage
from pages.mistyhill.fee_statement import FeeStatementPage
from pages.mistyhill.feedback_acknowledgement import FeedbackAcknowledgementPage
from pages.mistyhill.feedback_email import FeedbackEmailPage
from pages.mistyhill.home import HomePage
from pages.mistyhill.legal_page import LegalPage
from pages.mistyhill.managed_booking import ManagedBookingPage
from pages.mistyhill.payment_options import PaymentOptionsPage
from pages.mistyhill.rooms import RoomsPage
from pages.mistyhill.service_standards import ServiceStandardsPage
from pages.mistyhill.stay_info import StayInfoPage

__all__ = [
    "AboutPage",
    "AnyPage",
    "BookingConfirmationPage",
    "BookingEmailPage",
    "BookingFormPage",
    "BookingReviewPage",
    "CancellationEmailPage",
    "CancellationPolicyPage",
    "CancellationPreviewPage",
    "ContactPage",
    "FeeStatementPage",
    "FeedbackAcknowledgementPage",
    "FeedbackEmailPage",
    "HomePage",
    "LegalPage",
    "ManagedBookingPage",
    "PaymentOptionsPage",
    "RoomsPage",
    "ServiceStandardsPage",
    "StayInfoPage",
]
