"""The reference hotel site: a FastAPI application with server-rendered pages."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.exception_handlers import http_exception_handler
from fastapi.staticfiles import StaticFiles
from sqlalchemy.orm import sessionmaker
from starlette.applications import Starlette
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Mount
from starlette.types import ASGIApp

from demo_site import db, i18n, urls
from demo_site.admin import staff
from demo_site.admin.models import make_history_append_only
from demo_site.hotel import HOTEL
from demo_site.routes import admin, booking, contact, manage, pages, service, shop, system
from demo_site.settings import Settings
from demo_site.web import render

Clock = Callable[[], datetime]


def hotel_clock() -> datetime:
    """Now, in the hotel's time zone."""
    return datetime.now(HOTEL.time_zone)


def create_app(settings: Settings, clock: Clock = hotel_clock) -> FastAPI:
    """The site for one run: its database, its mail relay and its defect switches."""
    engine = db.make_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        db.create_schema(engine, HOTEL, clock().date())
        if not settings.has_defect("history-editable"):
            make_history_append_only(engine)
        with app.state.sessions() as session, session.begin():
            staff.seed(session, settings.staff_passwords)
        yield
        engine.dispose()

    app = FastAPI(title=HOTEL.name.en, lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.sessions = sessionmaker(engine, expire_on_commit=False)
    app.state.clock = clock
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")
    app.middleware("http")(_language)
    if settings.latency_ms or settings.jitter_ms:
        app.middleware("http")(_latency(settings.latency_ms, settings.jitter_ms))
    for module in (system, pages, booking, manage, service, contact, shop, admin):
        app.include_router(module.router)
    app.exception_handler(StarletteHTTPException)(_http_error)
    return app


def served_under(app: FastAPI, root_path: str) -> ASGIApp:
    """The site served under the path prefix `root_path` (`/hotel`), or as it is when there is none.

    A parent app mounts the site at the prefix, so every request inside it carries the prefix as
    its ASGI `root_path` (which `demo_site.urls` puts in front of every link), runs the site's
    start-up and shut-down, and answers 404 for any path outside the prefix.
    """
    prefix = urls.normalise_root_path(root_path)
    if not prefix:
        return app

    @asynccontextmanager
    async def lifespan(_parent: Starlette) -> AsyncIterator[None]:
        async with app.router.lifespan_context(app):
            yield

    return Starlette(routes=[Mount(prefix, app=app)], lifespan=lifespan)


async def _http_error(request: Request, error: StarletteHTTPException) -> Response:
    """A 404 is a real page with the navigation, so a guest who followed a bad link is not stranded."""
    if error.status_code == 404:
        return render(request, "not_found.html", status_code=404)
    return await http_exception_handler(request, error)


async def _language(request: Request, call_next):  # noqa: ANN001, ANN202 - Starlette middleware
    """Pick the page language; `?lang=` also sticks in a cookie for the next pages."""
    query = request.query_params.get("lang")
    request.state.lang = i18n.negotiate(query, request.cookies.get("lang"), request.headers.get("accept-language"))
    response = await call_next(request)
    if query in i18n.LANGUAGES:
        response.set_cookie("lang", query, samesite="lax", max_age=365 * 86400, path=urls.cookie_path(request))
    return response


def _latency(latency_ms: int, jitter_ms: int):  # noqa: ANN202 - Starlette middleware factory
    """Delay every response, as a slow production network would, so waits are proven not fixed."""

    async def delay(request: Request, call_next):  # noqa: ANN001, ANN202
        await asyncio.sleep((latency_ms + random.uniform(0, jitter_ms)) / 1000)
        return await call_next(request)

    return delay
