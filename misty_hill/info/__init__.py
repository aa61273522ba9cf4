"""The hotel's own pages: home, rooms, about, legal notices, fees, policies, stay guide, service standards, contact.

`router` is mounted by the app at the site's root; `DEFECTS` lists this area's defect switches
(name, requirement, what it breaks) for the registry in `misty_hill.defects`; `PATHS` are the
pages' addresses relative to the site's root, for the layout's and the booking engine's links.
"""

from fastapi import APIRouter

from misty_hill.info import contact, pages
from misty_hill.info.defects import DEFECTS
from misty_hill.info.paths import PATHS

router = APIRouter()
router.include_router(pages.router)
router.include_router(contact.router)

__all__ = ["DEFECTS", "PATHS", "router"]
