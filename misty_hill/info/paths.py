"""Where the hotel's pages live, relative to the site's root: the layout and the booking engine link to them."""

PATHS = {
    "home": "",
    "rooms": "rooms/",
    "about": "about/",
    "fees": "rates-and-fees/",
    "payment": "payment/",
    "cancellation": "cancellation-policy/",
    "stay_info": "your-stay/",
    "service": "service-standards/",
    "contact": "contact/",
    "privacy": "legal/privacy/",
    "terms": "legal/terms/",
    "disclaimer": "legal/disclaimer/",
    "security": "legal/security/",
}
