"""The application factory: one FastAPI app per run, with its database, mail relay, clock and defect switches."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.responses import PlainTextResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.routing import Mount
from starlette.types import ASGIApp

from misty_hill import db, house, i18n
from misty_hill.info import PATHS as info_paths
from misty_hill.info import router as info_router
from misty_hill.mail import Mailer
from misty_hill.settings import Settings
from misty_hill.stay import router as stay_router
from misty_hill.web import base_href, render, templates

Clock = Callable[[], datetime]


def house_clock() -> datetime:
    """Now, on the B&B's wall clock (Taiwan time): deadlines and 'days before check-in' are counted there."""
    return datetime.now(house.TIME_ZONE)


def create_app(settings: Settings, clock: Clock = house_clock) -> FastAPI:
    """The site for one run. Tables are created at start-up, after which `/healthz` answers."""
    engine = db.make_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        db.create_schema(engine)
        app.state.ready = True
        yield
        engine.dispose()

    app = FastAPI(title="Misty Hill B&B", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessions = db.session_factory(engine)
    app.state.mailer = Mailer(settings.smtp_host, settings.smtp_port)
    app.state.clock = clock
    app.state.ready = False
    templates.env.globals["paths"] = info_paths  # the hotel pages' addresses, for the layout's links
    app.middleware("http")(_choose_language)
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")
    app.include_router(system)
    app.include_router(stay_router)
    app.include_router(info_router)
    app.exception_handler(HTTPException)(_error_page)
    return app


async def _choose_language(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """Decide the request's language once; pages, the wizard's API and emails all read `request.state.lang`."""
    request.state.lang = i18n.choose(request)
    response = await call_next(request)
    response.headers.setdefault("Content-Language", request.state.lang)
    return response


async def _error_page(request: Request, error: HTTPException) -> Response:
    """A missing page is a page of the site (header, navigation), so a guest who followed a bad link can go on."""
    if request.url.path.removeprefix(request.scope.get("root_path", "")).startswith(("/stay/api/", "/static/")):
        return PlainTextResponse(str(error.detail), status_code=error.status_code)
    return render(request, "error.html", status_code=error.status_code, status=error.status_code)


system = APIRouter()


@system.get("/healthz", include_in_schema=False)
def healthz(request: Request) -> PlainTextResponse:
    """200 once the tables exist, so a launcher knows the site can take bookings."""
    if not request.app.state.ready:
        return PlainTextResponse("starting", status_code=503)
    return PlainTextResponse("ok")


@system.get("/lang/{code}", include_in_schema=False)
def switch_language(request: Request, code: str, next: str = "") -> RedirectResponse:
    """The header's language switch: remember the choice in a cookie and go back to the page the guest was on."""
    lang = i18n.supported(code) or i18n.DEFAULT
    target = next if _is_site_path(next) else ""
    response = RedirectResponse(base_href(request) + target, status_code=303)
    response.set_cookie(i18n.COOKIE, lang, max_age=365 * 24 * 3600, samesite="lax", path=base_href(request))
    return response


def _is_site_path(path: str) -> bool:
    """Only a path inside this site may be the target, so the switch cannot be used to send guests elsewhere."""
    return not path.startswith(("/", "\\")) and "://" not in path and "\\" not in path


def served_under(app: FastAPI, root_path: str) -> ASGIApp:
    """The site under a path prefix (`/misty`): everything outside it is a 404; the app runs its own start-up."""
    if not root_path:
        return app

    @asynccontextmanager
    async def lifespan(_parent: Starlette) -> AsyncIterator[None]:
        async with app.router.lifespan_context(app):
            yield

    return Starlette(routes=[Mount(root_path, app=app)], lifespan=lifespan)


def normalise_root_path(value: str) -> str:
    """`misty/`, `/misty` → `/misty`; empty or `/` → `` (served at the root). Refuses anything not a plain path."""
    cleaned = "/" + value.strip().strip("/") if value.strip().strip("/") else ""
    if any(part in ("", ".", "..") for part in cleaned.split("/")[1:]) or "?" in cleaned or "#" in cleaned:
        raise ValueError(f"--root-path must be a plain path such as /misty, not {value!r}")
    return cleaned
