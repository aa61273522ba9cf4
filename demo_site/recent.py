"""What this browser just created (feedback cases, shop orders), in a signed cookie.

An acknowledgement or confirmation page is shown only to the browser that made it: its number
alone, seen in a log or over a shoulder, opens nothing.
"""

from __future__ import annotations

from fastapi import Request, Response

from demo_site import tokens, urls

_TTL = 7 * 86400


def recent(request: Request, cookie: str) -> list[str]:
    """The numbers this browser created, newest first; none when the cookie is missing or forged."""
    settings = request.app.state.settings
    try:
        data = tokens.verify(settings.secret_key, request.cookies.get(cookie, ""), request.app.state.clock(), _TTL)
    except tokens.InvalidToken:
        return []
    return list(data.get("numbers", []))


def remember(request: Request, response: Response, cookie: str, number: str) -> None:
    """Add `number` to what this browser created (the last ten are kept)."""
    settings = request.app.state.settings
    numbers = [number, *recent(request, cookie)][:10]
    value = tokens.sign(settings.secret_key, {"numbers": numbers}, request.app.state.clock())
    response.set_cookie(cookie, value, max_age=_TTL, httponly=True, samesite="lax", path=urls.cookie_path(request))
