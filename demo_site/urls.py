"""Where the site lives: every link, redirect, cookie and mail link is built here.

The site may be served under a path prefix (`python -m demo_site --root-path /hotel`); the
prefix is then the request's ASGI `root_path`. Code and templates name pages by their path
inside the site (`/rooms`), and these helpers put the prefix in front.
"""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import RedirectResponse


def normalise_root_path(value: str | None) -> str:
    """`hotel`, `/hotel/` and `/hotel` all mean `/hotel`; empty or `/` means served at the root."""
    cleaned = (value or "").strip().strip("/")
    if any(character in cleaned for character in " ?#\\") or "//" in cleaned:
        raise ValueError(f"not a usable path prefix: {value!r}")
    return f"/{cleaned}" if cleaned else ""


def prefix(request: Request) -> str:
    """The path prefix this request was served under (empty when the site is at `/`)."""
    return str(request.scope.get("root_path", "")).rstrip("/")


def url(request: Request, path: str) -> str:
    """A site path (`/rooms`) as the browser must ask for it; other links (`mailto:`, `https:`) are left alone."""
    if not path.startswith("/") or path.startswith("//"):
        return path
    return prefix(request) + path


def base_url(request: Request) -> str:
    """The absolute address of the site's home, without the final slash, for links in mail."""
    return f"{request.url.scheme}://{request.url.netloc}{prefix(request)}"


def route_path(request: Request) -> str:
    """The path of this request inside the site, without the prefix (`/admin/cases`)."""
    path, root = str(request.scope["path"]), prefix(request)
    return (path[len(root) :] if root and path.startswith(root) else path) or "/"


def redirect(request: Request, path: str, status_code: int = 303) -> RedirectResponse:
    """A redirect to a site path (`/cart`), with the prefix."""
    return RedirectResponse(url(request, path), status_code=status_code)


def cookie_path(request: Request) -> str:
    """The path the site's cookies are scoped to: the prefix, or `/`."""
    return prefix(request) or "/"
