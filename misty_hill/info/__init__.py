"""The hotel's own pages: home, rooms, about, legal notices, fees, policies, stay guide, service standards, contact.

`router` is mounted by the app at the site's root; `DEFECTS` lists this area's defect switches
(name, requirement, what it breaks) for the registry in `misty_hill.defects`. `PATHS` are the
pages' addresses relative to the site's root, for the booking engine's links (review, emails).
"""

from fastapi import APIRouter

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

router = APIRouter()
DEFECTS: list[tuple[str, str, str]] = []
