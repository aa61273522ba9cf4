"""Operational endpoints: health for whoever starts the site."""

from __future__ import annotations

from fastapi import APIRouter, Request

from demo_site import __version__

router = APIRouter()


@router.get("/healthz")
def healthz(request: Request) -> dict[str, object]:
    """Answers once the database is ready; names the version and the defect switches that are on."""
    settings = request.app.state.settings
    return {"status": "ok", "version": __version__, "defects": sorted(settings.defects)}
