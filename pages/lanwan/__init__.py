"""The page-object pack of the bundled reference site (嵐灣海景旅店 · Lanwan Bay Hotel, `demo_site`).

Locators by role and accessible name, then label, then test id; names match the site in either
of its languages (zh-TW or en). Paths are relative to the base URL. Every name
`pages/interface.py` lists is exported here.
"""

from pages.lanwan.about import AboutPage
from pages.lanwan.admin_bookings import AdminBookingListPage
from pages.lanwan.admin_case import AdminCasePage
from pages.lanwan.admin_cases import AdminCaseListPage
from pages.lanwan.admin_login import AdminLoginPage
from pages.lanwan.any_page import AnyPage
from pages.lanwan.booking_confirmation import BookingConfirmationPage
from pages.lanwan.booking_email import BookingEmailPage
from pages.lanwan.booking_form import BookingFormPage
from pages.lanwan.booking_review import BookingReviewPage
from pages.lanwan.cancellation_email import CancellationEmailPage
from pages.lanwan.cancellation_policy import CancellationPolicyPage
from pages.lanwan.cancellation_preview import CancellationPreviewPage
from pages.lanwan.cart import CartPage
from pages.lanwan.checkout import CheckoutPage
from pages.lanwan.contact import ContactPage
from pages.lanwan.fee_statement import FeeStatementPage
from pages.lanwan.feedback_acknowledgement import FeedbackAcknowledgementPage
from pages.lanwan.feedback_email import FeedbackEmailPage
from pages.lanwan.home import HomePage
from pages.lanwan.legal_page import LegalPage
from pages.lanwan.manage_lookup import ManageLookupPage
from pages.lanwan.managed_booking import ManagedBookingPage
from pages.lanwan.order_confirmation import OrderConfirmationPage
from pages.lanwan.order_email import OrderEmailPage
from pages.lanwan.order_review import OrderReviewPage
from pages.lanwan.payment_options import PaymentOptionsPage
from pages.lanwan.product import ProductPage
from pages.lanwan.rooms import RoomsPage
from pages.lanwan.service_standards import ServiceStandardsPage
from pages.lanwan.shop import ShopPage
from pages.lanwan.stay_info import StayInfoPage

__all__ = [
    "AboutPage", "AdminBookingListPage", "AdminCaseListPage", "AdminCasePage", "AdminLoginPage", "AnyPage",
    "BookingConfirmationPage",
    "BookingEmailPage", "BookingFormPage", "BookingReviewPage", "CancellationEmailPage", "CancellationPolicyPage",
    "CancellationPreviewPage", "CartPage", "CheckoutPage", "ContactPage", "FeeStatementPage",
    "FeedbackAcknowledgementPage", "FeedbackEmailPage", "HomePage", "LegalPage", "ManageLookupPage",
    "ManagedBookingPage", "OrderConfirmationPage", "OrderEmailPage", "OrderReviewPage", "PaymentOptionsPage",
    "ProductPage", "RoomsPage", "ServiceStandardsPage", "ShopPage", "StayInfoPage",
]  # fmt: skip
