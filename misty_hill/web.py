"""Server-rendered pages: the Jinja2 environment and `render`, which every route uses.

Every page gets the language, the site's base URL (`<base href>` — so each link in a template
is written relative, and the site works under a path prefix), the property's facts and helpers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.templating import Jinja2Templates
from starlette.requests import Request
from starlette.responses import HTMLResponse

from misty_hill import house, i18n
from misty_hill.money import twd

templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
templates.env.filters["twd"] = twd
templates.env.globals["house"] = house
templates.env.globals["LANGUAGES"] = i18n.LANGUAGES


def base_href(request: Request) -> str:
    """The site's root URL path with a trailing slash (`/` or `/prefix/`)."""
    return request.scope.get("root_path", "").rstrip("/") + "/"


def site_url(request: Request) -> str:
    """The site's absolute root URL (`http://host:port/prefix/`), for links in emails, which have no base URL."""
    return f"{request.url.scheme}://{request.url.netloc}{base_href(request)}"


def relative_path(request: Request) -> str:
    """The page's path relative to the site's root (`stay/`), for links back to it such as the language switch."""
    return request.url.path.removeprefix(request.scope.get("root_path", "").rstrip("/")).lstrip("/")


def language(request: Request) -> str:
    """The language chosen for this request (set by the app's middleware)."""
    return getattr(request.state, "lang", None) or i18n.choose(request)


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """`template` rendered in the request's language."""
    lang = language(request)
    context = {
        "lang": lang,
        "base": base_href(request),
        "here": relative_path(request),
        "t": lambda texts: i18n.pick(texts, lang),
        **context,
    }
    return templates.TemplateResponse(request, template, context, status_code=status_code)
