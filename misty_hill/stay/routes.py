"""Routes of the booking engine (filled in step by step)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse

from misty_hill.web import render

router = APIRouter(prefix="/stay")


@router.get("/", response_class=HTMLResponse)
def wizard(request: Request) -> HTMLResponse:
    """The booking wizard's shell: stay.js renders the steps into it."""
    return render(request, "stay/wizard.html")
