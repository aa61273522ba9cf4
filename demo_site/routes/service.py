"""The service standards: how fast each channel answers, when it is staffed, how complaints are handled (P1.4.1)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from demo_site.service import LEGAL_COMPLAINT_DAYS, SERVICE
from demo_site.web import render

router = APIRouter()


@router.get("/service-standards", response_class=HTMLResponse)
def service_standards(request: Request) -> HTMLResponse:
    """Reply times per channel and per kind of feedback, opening hours and the complaint procedure."""
    return render(request, "contact/standards.html", service=SERVICE, legal_days=LEGAL_COMPLAINT_DAYS)
