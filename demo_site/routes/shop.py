"""The shop: products → cart → checkout → review → confirm → confirmation and email (P1.4.4).

The cart is a signed cookie; the review carries a signed token of what the guest saw, so the
order stored on confirming is exactly the one reviewed.
"""

from __future__ import annotations

from datetime import datetime
from email.headerregistry import Address

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.exc import IntegrityError

from demo_site import checkout_form, i18n, mail, once, order_view, orders, recent, tokens, urls
from demo_site.booking_form import FieldError
from demo_site.hotel import HOTEL
from demo_site.order_view import OrderView
from demo_site.orders import Cart
from demo_site.service import SERVICE
from demo_site.shop_catalogue import MAX_QUANTITY, PRODUCTS, product
from demo_site.web import TEMPLATES, lang_of, long_date, money, render

router = APIRouter()
_CART = "cart"
_CART_TTL = 30 * 86400
_RECENT = "recent_orders"


@router.get("/shop", response_class=HTMLResponse)
def shop(request: Request) -> HTMLResponse:
    """Every product with its price and a link to its page."""
    return render(request, "shop/list.html", products=PRODUCTS)


@router.get("/shop/{code}", response_class=HTMLResponse)
def product_page(request: Request, code: str) -> HTMLResponse:
    """One product: its facts, its withdrawal terms, and a way to add it to the cart."""
    return _product(request, code, {"quantity": "1"}, None)


@router.post("/cart/add", response_model=None)
async def add_to_cart(request: Request) -> Response:
    """Put a quantity of a product in the cart, or say beside the quantity why not."""
    form = await request.form()
    code, raw = str(form.get("product", "")), str(form.get("quantity", "")).strip()
    cart = _cart(request)
    quantity, error = orders.check_quantity(raw, cart.items.get(code, 0))
    if error is not None:
        return _product(request, code, {"quantity": raw}, error, status_code=422)
    return _to_cart(request, {**cart.items, code: cart.items.get(code, 0) + quantity})


@router.get("/cart", response_class=HTMLResponse)
def cart_page(request: Request) -> HTMLResponse:
    """What is in the cart, with quantities to change and the way to checkout."""
    cart = _cart(request)
    return _cart_view(request, cart, {str(line.product.code): str(line.quantity) for line in cart.lines}, {})


@router.post("/cart/update", response_model=None)
async def update_cart(request: Request) -> Response:
    """Change the quantities; any bad one is named beside its field and the cart stays as it was."""
    form = await request.form()
    cart = _cart(request)
    typed = {line.product.code: str(form.get(f"quantity-{line.product.code}", "")).strip() for line in cart.lines}
    checked = {code: orders.check_quantity(raw) for code, raw in typed.items()}
    errors = {f"quantity-{code}": error for code, (_, error) in checked.items() if error is not None}
    if errors:
        return _cart_view(request, cart, typed, errors, status_code=422)
    return _to_cart(request, {code: quantity for code, (quantity, _) in checked.items()})


@router.post("/cart/remove", response_model=None)
async def remove_from_cart(request: Request) -> Response:
    """Take a product out of the cart."""
    code = str((await request.form()).get("product", ""))
    return _to_cart(request, {k: v for k, v in _cart(request).items.items() if k != code})


@router.get("/checkout", response_class=HTMLResponse)
def checkout(request: Request) -> HTMLResponse:
    """The checkout form for the cart, or the empty cart with a message."""
    cart = _cart(request)
    if not cart.lines:
        return _empty_cart(request)
    return _checkout(request, cart, checkout_form.raw_values({}), {})


@router.post("/checkout/review", response_class=HTMLResponse)
async def review(request: Request) -> HTMLResponse:
    """Check the checkout form; show every problem beside its field, or the whole order to confirm."""
    cart = _cart(request)
    if not cart.lines:
        return _empty_cart(request, status_code=422)
    values = checkout_form.raw_values(await request.form())
    checked, errors = checkout_form.validate(values, cart, request.app.state.settings)
    if checked is None:
        return _checkout(request, cart, values, errors, status_code=422)
    return _review(request, values, cart, checked)


@router.post("/checkout/edit", response_class=HTMLResponse)
async def edit(request: Request) -> HTMLResponse:
    """Back from the review to the checkout form, with everything still filled in."""
    payload = _payload(request, str((await request.form()).get("token", "")), ttl=10**9)
    values = payload["values"] if payload else checkout_form.raw_values({})
    return _checkout(request, _cart(request), values, {})


@router.post("/checkout/confirm", response_model=None)
async def confirm(request: Request) -> Response:
    """Place the order the guest reviewed, once: placing the same review again shows the order it made."""
    settings = request.app.state.settings
    token = str((await request.form()).get("token", ""))
    key = once.key_of("order", token)
    if _payload(request, token, ttl=10**9) is not None and not settings.has_defect("order-token-not-spent"):
        with request.app.state.sessions() as session:
            claimed = once.spent(session, key)
        if claimed is not None and claimed.record:
            return _show_order(request, claimed.record)
    payload = _payload(request, token, ttl=settings.review_ttl_seconds)
    if payload is None:
        return _empty_cart(request, alert="error.order_review_invalid", status_code=400)
    cart = Cart.of(payload["items"])
    checked, errors = checkout_form.validate(payload["values"], cart, settings)
    if checked is None or not cart.lines:
        return _checkout(request, cart, payload["values"], errors, status_code=422)
    now: datetime = request.app.state.clock()
    try:
        with request.app.state.sessions() as session, session.begin():
            claimed = None if settings.has_defect("order-token-not-spent") else once.claim(session, key, "order", now)
            stored = orders.store_order(session, checked, cart, settings, now, lang_of(request))
            stored.lines  # noqa: B018 - load the lines before the session closes
            if claimed is not None:
                claimed.record = stored.number
    except IntegrityError:  # another request placed this review at the same moment, and won
        made = once.made_by(request.app.state.sessions, key)
        if made is None:
            raise
        return _show_order(request, made)
    view = order_view.of_order(stored)
    _acknowledge(request, view, stored.email, stored.lang)
    return _show_order(request, stored.number)


def _show_order(request: Request, number: str) -> Response:
    """Post/Redirect/Get to the order's confirmation, for this browser only; the cart is empty once ordered."""
    redirect = urls.redirect(request, f"/orders/{number}")
    recent.remember(request, redirect, _RECENT, number)
    redirect.delete_cookie(_CART, path=urls.cookie_path(request))
    return redirect


@router.get("/orders/{number}", response_class=HTMLResponse)
def confirmation(request: Request, number: str) -> HTMLResponse:
    """The order just placed, shown only to the browser that placed it."""
    if number not in recent.recent(request, _RECENT):
        raise HTTPException(status_code=404)
    with request.app.state.sessions() as session:
        stored = orders.find(session, number)
        if stored is None:
            raise HTTPException(status_code=404)
        view = order_view.of_order(stored)
    if request.app.state.settings.has_defect("wrong-carrier-on-confirmation"):
        view = view.with_wrong_carrier()
    return render(request, "shop/confirmation.html", order=view, email=stored.email, service=SERVICE)


def _cart(request: Request) -> Cart:
    settings = request.app.state.settings
    try:
        data = tokens.verify(settings.secret_key, request.cookies.get(_CART, ""), request.app.state.clock(), _CART_TTL)
    except tokens.InvalidToken:
        return Cart(())
    return Cart.of({str(code): int(qty) for code, qty in data.get("items", {}).items()})


def _to_cart(request: Request, items: dict[str, int]) -> RedirectResponse:
    settings = request.app.state.settings
    redirect = urls.redirect(request, "/cart")
    value = tokens.sign(settings.secret_key, {"items": Cart.of(items).items}, request.app.state.clock())
    redirect.set_cookie(_CART, value, max_age=_CART_TTL, httponly=True, samesite="lax", path=urls.cookie_path(request))
    return redirect


def _product(
    request: Request, code: str, values: dict, error: FieldError | None, status_code: int = 200
) -> HTMLResponse:
    try:
        item = product(code)
    except KeyError:
        raise HTTPException(status_code=404) from None
    hide = request.app.state.settings.has_defect("standards-unlinked-from-product-pages")
    return render(
        request,
        "shop/product.html",
        status_code=status_code,
        product=item,
        values=values,
        error=error,
        max_quantity=MAX_QUANTITY,
        hide_standards_link=hide,
        hide_exclusion=request.app.state.settings.has_defect("perishables-without-withdrawal-exclusion"),
    )


def _cart_view(
    request: Request, cart: Cart, typed: dict[str, str], errors: dict[str, FieldError], status_code: int = 200
) -> HTMLResponse:
    return render(
        request,
        "shop/cart.html",
        status_code=status_code,
        cart=cart,
        typed=typed,
        errors=errors,
        max_quantity=MAX_QUANTITY,
    )


def _empty_cart(request: Request, alert: str = "error.cart_empty", status_code: int = 200) -> HTMLResponse:
    return render(
        request,
        "shop/cart.html",
        status_code=status_code,
        cart=Cart(()),
        typed={},
        errors={},
        alert=alert,
        max_quantity=MAX_QUANTITY,
    )


def _checkout(
    request: Request, cart: Cart, values: dict, errors: dict[str, FieldError], status_code: int = 200
) -> HTMLResponse:
    settings = request.app.state.settings
    today = request.app.state.clock().date()
    return render(
        request,
        "shop/checkout.html",
        status_code=status_code,
        cart=cart,
        values=values,
        errors=errors,
        offers=orders.offers(cart, settings),
        fee=lambda mode: orders.delivery_fee(mode, cart),
        expected_on=lambda mode: orders.expected_on(mode, today),
        store_field=checkout_form.store_field,
    )


def _review(request: Request, values: dict, cart: Cart, checked: checkout_form.Checkout) -> HTMLResponse:
    settings = request.app.state.settings
    now: datetime = request.app.state.clock()
    view = order_view.of_checkout(checked, cart, settings, now.date())
    token = tokens.sign(settings.secret_key, {"values": values, "items": cart.items}, now)
    return render(request, "shop/review.html", order=view, token=token, service=SERVICE)


def _payload(request: Request, token: str, ttl: int) -> dict | None:
    settings = request.app.state.settings
    try:
        return tokens.verify(settings.secret_key, token, request.app.state.clock(), ttl)
    except tokens.InvalidToken:
        return None


def _acknowledge(request: Request, view: OrderView, to: str, lang: str) -> None:
    """Email the order: the same items, delivery, invoice, total and withdrawal terms as the confirmation."""
    settings = request.app.state.settings
    context = {
        "order": view,
        "hotel": HOTEL,
        "service": SERVICE,
        "lang": lang,
        "t": lambda key, **params: i18n.translate(lang, key, **params),
        "money": money,
        "long_date": lambda value: long_date(value, lang),
        "base_url": urls.base_url(request),
    }
    subject = i18n.translate(lang, "mail.order.subject", hotel=HOTEL.name(lang), number=view.number)
    sender = Address(HOTEL.name(lang), "no-reply", HOTEL.service_email.split("@")[1])
    mail.send(settings, mail.compose(TEMPLATES.env, "order_acknowledgement", to, subject, sender, context))
