/* Misty Hill B&B booking wizard: dates and party → room → extras → guest and payment → review → done.
 *
 * Plain JavaScript, no build step. The server owns the rules and the wording: /stay/api/setup hands
 * over the bookable dates, rooms, add-ons, payment methods and every sentence in the guest's
 * language; /stay/api/review checks and prices everything and returns a signed review; confirming
 * sends that review back. The wizard checks the same rules as the guest types, so messages appear
 * at the field at once, but only the server's answer counts.
 *
 * Every step is in the page from the start (only the current one is shown), so what the guest
 * entered stays put when they go back and forth; each step has its own address (history.pushState),
 * and sessionStorage keeps the entries across a reload.
 */
(function () {
  "use strict";

  const root = document.getElementById("wizard");
  if (!root) return;
  const BASE = root.dataset.base || "/";
  const STORE = "misty-hill-stay";
  const STEPS = ["dates", "room", "extras", "guest", "review", "done"];
  const FIELD_STEP = {
    check_in: "dates", check_out: "dates", rooms: "dates", guests: "dates", room_type: "room", addons: "extras",
    guest_name: "guest", email: "guest", phone: "guest", special_request: "guest", payment_method: "guest",
    accept_terms: "review",
  };
  const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s.]+$/;
  const PHONE = /^(?:\+886|0)\d{8,9}$|^\+\d{8,15}$/;

  let setup = null;          // what the server told us at start
  let offers = {};           // room code → its offer for the current stay
  let state = load();        // what the guest entered, and where they are
  let shownMonth = null;     // the first day of the month the calendar shows
  let attempted = false;     // whether the guest has asked for the review yet

  /* ---------- small helpers ---------- */

  function load() {
    try {
      return Object.assign(blank(), JSON.parse(sessionStorage.getItem(STORE) || "{}"));
    } catch (error) {
      return blank();
    }
  }

  function blank() {
    return {
      check_in: "", check_out: "", rooms: 1, guests: 2, room_type: "", addons: {}, guest_name: "", email: "",
      phone: "", special_request: "", payment_method: "", step: "dates", review: null, confirmation: null,
    };
  }

  function save() {
    sessionStorage.setItem(STORE, JSON.stringify(state));
  }

  function t(key, values) {
    return fill(setup.text[key] || key, values);
  }

  function message(key, values) {
    return fill(setup.messages[key] || key, values);
  }

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, (whole, name) => (values && name in values ? values[name] : whole));
  }

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "text") node.textContent = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  function api(path, body) {
    const options = body === undefined ? {} : {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    };
    return fetch(BASE + "stay/api/" + path, Object.assign({ credentials: "same-origin" }, options))
      .then((response) => response.json().then((data) => ({ status: response.status, data })));
  }

  function iso(day) {
    const pad = (n) => String(n).padStart(2, "0");
    return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  }

  function parse(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text || "")) return null;
    const [y, m, d] = text.split("-").map(Number);
    const day = new Date(y, m - 1, d);
    return day.getMonth() === m - 1 ? day : null;
  }

  function addDays(day, n) {
    return new Date(day.getFullYear(), day.getMonth(), day.getDate() + n);
  }

  function longDate(day) {
    return `${day.getFullYear()}年${day.getMonth() + 1}月${day.getDate()}日（${setup.weekdays[(day.getDay() + 6) % 7]}）`;
  }

  function nightsBetween(checkIn, checkOut) {
    return Math.round((checkOut - checkIn) / 86400000);
  }

  function room(code) {
    return setup.rooms.find((candidate) => candidate.code === code) || null;
  }

  /* ---------- the page's frame: progress, alert, heading ---------- */

  const title = document.getElementById("wizard-title");
  const progress = el("ol", { class: "wizard__progress" });
  const alertBox = el("div", { id: "wizard-alerts" });
  const sections = {};

  function buildFrame() {
    root.textContent = "";
    STEPS.slice(0, 5).forEach((step, index) => {
      progress.append(el("li", { "data-step": step, text: `${index + 1}. ${t("step_" + step)}` }));
    });
    const form = el("form", { novalidate: true, onsubmit: (event) => event.preventDefault() });
    for (const step of STEPS) {
      sections[step] = el("section", { "data-step": step, "aria-labelledby": `heading-${step}`, hidden: true });
      form.append(sections[step]);
    }
    root.append(el("nav", { "aria-label": t("progress") }, progress), alertBox, form, buildSummary());
    buildDates();
    buildRooms();
    buildExtras();
    buildGuest();
  }

  function stepHeading(step) {
    const number = STEPS.indexOf(step) + 1;
    return el("h2", { id: `heading-${step}`, tabindex: "-1", text: `${number}. ${t("step_" + step)}` });
  }

  function navButtons(step, nextLabel, onNext) {
    const back = step === "dates" ? null : el("button", {
      type: "button", class: "secondary", text: t("back"), onclick: () => history.back(),
    });
    return el("div", { class: "wizard__nav" }, back, el("button", { type: "button", text: nextLabel, onclick: onNext }));
  }

  /* ---------- step 1: dates, rooms and guests ---------- */

  function buildDates() {
    const section = sections.dates;
    section.append(
      stepHeading("dates"),
      el("div", { class: "calendar", role: "group", "aria-label": t("calendar") },
        el("div", { class: "calendar__head" },
          el("button", { type: "button", class: "secondary", id: "month-prev", text: "‹",
                         "aria-label": t("prev_month"), onclick: () => showMonth(-1) }),
          el("p", { id: "month-caption", "aria-live": "polite" }),
          el("button", { type: "button", class: "secondary", id: "month-next", text: "›",
                         "aria-label": t("next_month"), onclick: () => showMonth(1) })),
        el("table", { class: "calendar__grid", role: "grid", "aria-labelledby": "month-caption" })),
      el("p", { id: "calendar-hint", text: t("calendar_hint") }),
      dateField("check_in"),
      dateField("check_out"),
      el("p", { id: "nights-chosen", "aria-live": "polite" }),
      stepper("rooms", 1, setup.max_rooms),
      stepper("guests", 1, setup.max_guests),
      navButtons("dates", t("next"), () => go("room")),
    );
  }

  function errorSlot(name) {
    return el("p", { class: "field-error", id: `error-${name}` });
  }

  function dateField(name) {
    const input = el("input", {
      type: "date", id: name, name, value: state[name], min: setup.earliest,
      "aria-describedby": `error-${name}`,
      onchange: (event) => chooseDates(name, event.target.value),
    });
    return el("div", { class: "field" }, el("label", { for: name, text: t(name) }), input, errorSlot(name));
  }

  function stepper(name, min, max) {
    const input = el("input", {
      type: "number", id: name, name, inputmode: "numeric", min, max, value: state[name],
      "aria-describedby": `error-${name}`,
      oninput: (event) => setCount(name, event.target.value),
    });
    const nudge = (by) => () => {
      const next = Math.min(max, Math.max(min, (parseInt(input.value, 10) || 0) + by));
      input.value = next;
      setCount(name, next);
    };
    return el("div", { class: "field" },
      el("label", { for: name, text: t(name) }),
      el("div", { class: "stepper" },
        el("button", { type: "button", class: "secondary", text: "−", "aria-label": `${t("fewer")} ${t(name)}`,
                       "aria-controls": name, onclick: nudge(-1) }),
        input,
        el("button", { type: "button", class: "secondary", text: "+", "aria-label": `${t("more")} ${t(name)}`,
                       "aria-controls": name, onclick: nudge(1) })),
      errorSlot(name));
  }

  function setCount(name, value) {
    state[name] = parseInt(value, 10) || 0;
    changed(name);
  }

  function chooseDates(name, value) {
    state[name] = value;
    if (name === "check_in" && parse(value)) shownMonth = null;
    changed(name);
  }

  /** A change to the stay: the old review no longer holds, prices are fetched again, the field is rechecked. */
  function changed(name) {
    state.review = null;
    clearError(name);
    save();
    const errors = stayErrors();
    if (errors[name]) showFieldError(name, errors[name]);
    syncDates();
    renderCalendar();
    refreshOffers();
  }

  function syncDates() {
    document.getElementById("check_in").value = state.check_in;
    document.getElementById("check_out").value = state.check_out;
    const checkIn = parse(state.check_in);
    const checkOut = parse(state.check_out);
    const nights = checkIn && checkOut ? nightsBetween(checkIn, checkOut) : 0;
    document.getElementById("nights-chosen").textContent = nights > 0 ? t("nights_chosen", { nights }) : "";
  }

  /* ---------- the month calendar ---------- */

  let soldOut = new Set();
  let calendarRequest = 0;

  function showMonth(by) {
    const current = shownMonth || monthOf(parse(state.check_in) || parse(setup.earliest));
    shownMonth = new Date(current.getFullYear(), current.getMonth() + by, 1);
    renderCalendar();
  }

  function monthOf(day) {
    return new Date(day.getFullYear(), day.getMonth(), 1);
  }

  /** Draw the month once its sold-out nights are known, so what is clickable never changes under the guest. */
  function renderCalendar() {
    const month = shownMonth || monthOf(parse(state.check_in) || parse(setup.earliest));
    const last = new Date(month.getFullYear(), month.getMonth() + 1, 0);
    const asked = (calendarRequest += 1);
    api(`calendar?start=${iso(month)}&end=${iso(last)}`).then(({ data }) => {
      if (asked !== calendarRequest) return; // the guest has turned the page since: an older answer must not win
      soldOut = new Set(data.sold_out || []);
      drawMonth(month, last);
    });
  }

  function drawMonth(month, last) {
    const earliest = parse(setup.earliest);
    const latest = parse(setup.latest);
    document.getElementById("month-caption").textContent = t("month_caption", {
      year: month.getFullYear(), month: month.getMonth() + 1,
    });
    document.getElementById("month-prev").disabled = month <= monthOf(earliest);
    document.getElementById("month-next").disabled = month >= monthOf(addDays(latest, setup.max_nights));
    const grid = document.querySelector(".calendar__grid");
    grid.textContent = "";
    grid.append(el("thead", {}, el("tr", {}, setup.weekdays.map((name) => el("th", { scope: "col", text: name })))));
    const body = el("tbody");
    let row = el("tr");
    for (let blank = 0; blank < (month.getDay() + 6) % 7; blank += 1) row.append(el("td"));
    for (let date = 1; date <= last.getDate(); date += 1) {
      const day = new Date(month.getFullYear(), month.getMonth(), date);
      row.append(el("td", {}, dayButton(day)));
      if (row.children.length === 7) {
        body.append(row);
        row = el("tr");
      }
    }
    if (row.children.length) body.append(row);
    grid.append(body);
  }

  function dayButton(day) {
    const text = iso(day);
    const full = soldOut.has(text);
    const chosen = text === state.check_in || text === state.check_out;
    const inRange = state.check_in && state.check_out && text > state.check_in && text < state.check_out;
    return el("button", {
      type: "button", class: "calendar__day" + (inRange ? " in-range" : ""), text: String(day.getDate()),
      "aria-label": longDate(day) + (full ? `，${t("sold_out_day")}` : ""), "aria-pressed": chosen ? "true" : "false",
      disabled: !selectable(day), onclick: () => pickDay(text),
    });
  }

  /** Check-in: from the earliest to the latest bookable day, not sold out. Check-out: within the longest stay. */
  function selectable(day) {
    const text = iso(day);
    const checkIn = parse(state.check_in);
    if (checkIn && !state.check_out && day > checkIn) {
      if (nightsBetween(checkIn, day) > setup.max_nights) return false;
      for (let night = checkIn; night < day; night = addDays(night, 1)) {
        if (soldOut.has(iso(night))) return false;
      }
      return true;
    }
    return text >= setup.earliest && text <= setup.latest && !soldOut.has(text);
  }

  function pickDay(text) {
    if (state.check_in && !state.check_out && text > state.check_in) {
      state.check_out = text;
      changed("check_out");
      clearError("check_in");
    } else {
      state.check_in = text;
      state.check_out = "";
      changed("check_in");
    }
  }

  /* ---------- step 2: room cards ---------- */

  function buildRooms() {
    const cards = el("ul", { class: "room-cards" }, setup.rooms.map(roomCard));
    sections.room.append(
      stepHeading("room"),
      el("div", { role: "radiogroup", id: "room_type", "aria-labelledby": "room-type-label",
                  "aria-describedby": "error-room_type" },
        el("p", { id: "room-type-label", class: "visually-plain", text: t("room_type") }), cards),
      errorSlot("room_type"),
      navButtons("room", t("next"), () => go("extras")),
    );
  }

  function roomCard(kind) {
    const radio = el("input", {
      type: "radio", name: "room_type", value: kind.code, id: `room-${kind.code}`,
      "aria-describedby": `room-${kind.code}-about room-${kind.code}-price`,
      onchange: () => chooseRoom(kind.code),
    });
    if (state.room_type === kind.code) radio.checked = true;
    return el("li", { class: "room-card", "data-room": kind.code },
      el("img", { src: kind.image, alt: kind.alt, width: "320", height: "200" }),
      el("h3", {}, el("label", { for: `room-${kind.code}` }, radio, " ", kind.name)),
      el("p", { id: `room-${kind.code}-about` },
        t("sleeps", { n: kind.max_guests, count: kind.count }), el("br"), t("per_person_from", { rate: kind.rate })),
      el("p", { class: "room-card__price", id: `room-${kind.code}-price`, "aria-live": "polite" }));
  }

  function chooseRoom(code) {
    state.room_type = code;
    state.review = null;
    clearError("room_type");
    clearError("rooms");
    clearError("guests");
    save();
    const errors = roomErrors();
    for (const [name, text] of Object.entries(errors)) showFieldError(name, text);
    updateTotal();
  }

  /** Ask the server what each room costs for the stay and how many are left; cards show it. */
  function refreshOffers() {
    const stay = { check_in: state.check_in, check_out: state.check_out, rooms: state.rooms, guests: state.guests };
    return api("offers", stay).then(({ data }) => {
      offers = {};
      for (const offer of data.offers || []) offers[offer.code] = offer;
      for (const kind of setup.rooms) drawOffer(kind);
      updateTotal();
    });
  }

  function drawOffer(kind) {
    const offer = offers[kind.code];
    const card = sections.room.querySelector(`[data-room="${kind.code}"]`);
    const price = document.getElementById(`room-${kind.code}-price`);
    const radio = document.getElementById(`room-${kind.code}`);
    const none = Boolean(offer && offer.left <= 0);
    card.dataset.soldOut = none ? "true" : "false";
    radio.disabled = none && state.room_type !== kind.code;
    if (!offer) price.textContent = t("fix_stay_first");
    else if (none) price.textContent = t("sold_out");
    else price.textContent = `${t("stay_price", { price: offer.price })}（${t("left", { n: offer.left })}）`;
  }

  /* ---------- step 3: extras ---------- */

  function buildExtras() {
    sections.extras.append(stepHeading("extras"), ...setup.addons.map(extraChoice),
      navButtons("extras", t("next"), () => go("guest")));
  }

  function extraChoice(extra) {
    const choice = (yes) => {
      const input = el("input", {
        type: "radio", name: `addon-${extra.code}`, value: yes ? "yes" : "no",
        onchange: () => { state.addons[extra.code] = yes; state.review = null; save(); updateTotal(); },
      });
      input.checked = Boolean(state.addons[extra.code]) === yes;
      return el("label", { class: "choice" }, input, " ", t(yes ? "addon_yes" : "addon_no"));
    };
    return el("fieldset", { class: "extra", "aria-describedby": `about-${extra.code}` },
      el("legend", { text: extra.name }),
      el("p", { id: `about-${extra.code}`, text: extra.how }),
      choice(true), choice(false));
  }

  function addonAmount(extra) {
    const checkIn = parse(state.check_in);
    const checkOut = parse(state.check_out);
    const nights = checkIn && checkOut ? Math.max(0, nightsBetween(checkIn, checkOut)) : 0;
    return extra.unit_price * (extra.per === "night" ? nights : 1) * (extra.for === "person" ? state.guests : 1);
  }

  /* ---------- step 4: the guest and the payment method ---------- */

  function buildGuest() {
    const methods = el("fieldset", { "data-testid": "payment-methods", "aria-describedby": "error-payment_method" },
      el("legend", { text: t("payment_method") }),
      setup.methods.map((method) => {
        const input = el("input", {
          type: "radio", name: "payment_method", value: method.code, id: `method-${method.code}`,
          "aria-describedby": `method-${method.code}-about`,
          onchange: () => { state.payment_method = method.code; state.review = null; clearError("payment_method"); save(); },
        });
        input.checked = state.payment_method === method.code;
        return el("div", { class: "choice" },
          input, " ", el("label", { for: `method-${method.code}`, text: method.name }),
          el("p", { id: `method-${method.code}-about`, text: method.about }));
      }),
      errorSlot("payment_method"));
    sections.guest.append(
      stepHeading("guest"),
      textField("guest_name", "text", "name"),
      textField("email", "email", "email", t("email_hint")),
      textField("phone", "tel", "tel"),
      textField("special_request", "textarea"),
      methods,
      navButtons("guest", t("to_review"), toReview),
    );
  }

  function textField(name, type, autocomplete, hint) {
    const described = [hint ? `hint-${name}` : null, `error-${name}`].filter(Boolean).join(" ");
    const attributes = {
      id: name, name, autocomplete, "aria-describedby": described,
      oninput: (event) => { state[name] = event.target.value; state.review = null; clearError(name); save(); },
      onblur: () => recheck(name),
    };
    const input = type === "textarea" ? el("textarea", Object.assign({ rows: "3" }, attributes))
      : el("input", Object.assign({ type }, attributes));
    input.value = state[name];
    return el("div", { class: "field" }, el("label", { for: name, text: t(name) }),
      hint ? el("p", { id: `hint-${name}`, class: "hint", text: hint }) : null, input, errorSlot(name));
  }

  /** After a first try at the review, a field is rechecked as the guest leaves it (not before: a message
   *  appearing under a field the guest is still filling in would push the page about under their pointer). */
  function recheck(name) {
    const errors = guestErrors();
    if (attempted && errors[name]) showFieldError(name, errors[name]);
  }

  /* ---------- the running total beside the steps ---------- */

  function buildSummary() {
    return el("aside", { class: "wizard__summary", id: "live-summary", "aria-labelledby": "summary-heading", hidden: true },
      el("h2", { id: "summary-heading", text: t("your_choice") }),
      el("p", { id: "live-total", "aria-live": "polite" }));
  }

  function updateTotal() {
    const offer = offers[state.room_type];
    const line = document.getElementById("live-total");
    if (!offer) {
      line.textContent = "";
      return;
    }
    const base = Number(offer.price.replace(/\D/g, ""));
    const extras = setup.addons.filter((extra) => state.addons[extra.code]).reduce((sum, e) => sum + addonAmount(e), 0);
    line.textContent = `${t("live_total")} TWD ${(base + extras).toLocaleString("en-US")}`;
  }

  /* ---------- checking in the browser (the server checks again) ---------- */

  function stayErrors() {
    const errors = {};
    const checkIn = parse(state.check_in);
    const checkOut = parse(state.check_out);
    if (!state.check_in) errors.check_in = message("check_in_missing");
    else if (!checkIn) errors.check_in = message("check_in_bad");
    else if (state.check_in < setup.earliest) errors.check_in = message("check_in_early", { date: longDate(parse(setup.earliest)) });
    else if (state.check_in > setup.latest) {
      errors.check_in = message("check_in_late", { date: longDate(parse(setup.latest)), days: nightsBetween(parse(setup.today), parse(setup.latest)) + 1 });
    }
    if (!checkOut) errors.check_out = message("check_out_missing");
    else if (checkIn && checkOut <= checkIn) errors.check_out = message("check_out_order");
    else if (checkIn && !errors.check_in && nightsBetween(checkIn, checkOut) > setup.max_nights) {
      errors.check_out = message("check_out_long", { nights: setup.max_nights });
    }
    if (!(state.rooms >= 1 && state.rooms <= setup.max_rooms)) errors.rooms = message("rooms_range", { max: setup.max_rooms });
    if (!(state.guests >= 1)) errors.guests = message("guests_range");
    return errors;
  }

  function roomErrors() {
    const errors = {};
    const kind = room(state.room_type);
    if (!kind) return { room_type: message("room_type_missing") };
    if (state.rooms > kind.count) errors.rooms = message("rooms_count", { room: kind.name, count: kind.count, rooms: state.rooms });
    if (state.guests > kind.max_guests * state.rooms) {
      errors.guests = message("guests_capacity", { room: kind.name, max: kind.max_guests, guests: state.guests });
    }
    return errors;
  }

  function guestErrors() {
    const errors = {};
    if (!state.guest_name.trim()) errors.guest_name = message("guest_name_missing");
    if (!EMAIL.test(state.email.trim())) errors.email = message("email_bad");
    if (!PHONE.test(state.phone.replace(/[\s\-()]/g, ""))) errors.phone = message("phone_bad");
    if (!state.payment_method) errors.payment_method = message("payment_missing");
    return errors;
  }

  function allErrors() {
    return Object.assign({}, guestErrors(), roomErrors(), stayErrors());
  }

  function field(name) {
    return name === "payment_method" ? sections.guest.querySelector("fieldset") : document.getElementById(name);
  }

  function showFieldError(name, text) {
    const slot = document.getElementById(`error-${name}`);
    if (slot) slot.textContent = text;
    const input = field(name);
    if (input) input.setAttribute("aria-invalid", "true");
  }

  function clearError(name) {
    const slot = document.getElementById(`error-${name}`);
    if (slot) slot.textContent = "";
    const input = field(name);
    if (input) input.removeAttribute("aria-invalid");
  }

  /** Mark every bad field, list them in an alert, and take the guest to the first step that has one. */
  function showErrors(errors) {
    const names = Object.keys(errors);
    for (const name of names) showFieldError(name, errors[name]);
    showAlert(t("fix_these"), names.map((name) => errors[name]));
    const first = STEPS.find((step) => names.some((name) => FIELD_STEP[name] === step)) || "dates";
    show(first, true);
    const target = field(names.find((name) => FIELD_STEP[name] === first));
    if (target && target.focus) target.focus();
  }

  function showAlert(lead, lines) {
    alertBox.textContent = "";
    alertBox.append(el("div", { role: "alert", class: "alert" },
      el("p", { text: lead }), lines.length ? el("ul", {}, lines.map((line) => el("li", { text: line }))) : null));
  }

  function clearAlert() {
    alertBox.textContent = "";
  }

  /* ---------- review, confirmation ---------- */

  function toReview() {
    attempted = true;
    const errors = allErrors();
    if (Object.keys(errors).length) {
      showErrors(errors);
      return;
    }
    const request = {
      check_in: state.check_in, check_out: state.check_out, rooms: state.rooms, guests: state.guests,
      room_type: state.room_type, guest_name: state.guest_name, email: state.email, phone: state.phone,
      special_request: state.special_request, payment_method: state.payment_method,
      addons: setup.addons.filter((extra) => state.addons[extra.code]).map((extra) => extra.code),
    };
    busy(true);
    api("review", request).then(({ status, data }) => {
      busy(false);
      if (status === 200) {
        state.review = data;
        save();
        clearAlert();
        go("review");
      } else if (data.errors) {
        showErrors(data.errors);
      }
    }).catch(offline);
  }

  function busy(on) {
    root.setAttribute("aria-busy", on ? "true" : "false");
  }

  function offline() {
    busy(false);
    showAlert(t("network", { phone: setup.phone }), []);
  }

  function factsTable(caption, rows) {
    return el("table", { class: "facts" }, el("caption", { text: caption }),
      el("tbody", {}, rows.map((row) => el("tr", {}, el("th", { scope: "row", text: row.label }),
        el("td", {}, row.when ? el("time", { datetime: row.when.iso, text: row.when.text }) : row.text)))));
  }

  function feeTable(fees) {
    return el("table", { class: "fees" }, el("caption", { text: fees.caption }),
      el("tbody", {}, fees.lines.map((line) => el("tr", {}, el("th", { scope: "row", text: line.label }),
        el("td", { class: "amount", text: line.amount })))),
      el("tfoot", {}, el("tr", {}, el("th", { scope: "row", text: fees.total.label }),
        el("td", { class: "amount" }, el("strong", { text: fees.total.amount })))));
  }

  function region(id, heading, ...content) {
    return el("section", { "aria-labelledby": id }, el("h3", { id, text: heading }), ...content);
  }

  function newWindowLink(path, text) {
    return el("a", { href: BASE + path, target: "_blank", rel: "noopener", text });
  }

  function renderReview() {
    const section = sections.review;
    const { review, token } = state.review;
    const phone = setup.phone;
    const terms = review.cancellation;
    const box = el("input", { type: "checkbox", id: "accept_terms", "aria-describedby": "error-accept_terms",
                              onchange: () => clearError("accept_terms") });
    section.textContent = "";
    section.append(
      el("h2", { id: "heading-review", tabindex: "-1", text: `5. ${t("step_review")}` }),
      region("review-stay", t("your_stay"), factsTable(t("your_stay"), review.stay)),
      region("review-fees", review.fees.caption, feeTable(review.fees)),
      region("review-payment", t("payment_terms"), factsTable(t("payment_terms"), review.payment)),
      region("review-services", t("services"), el("ul", {}, review.services.map((item) => el("li", { text: item })))),
      region("review-cancellation", t("cancellation"),
        el("p", { text: terms.intro }), el("ul", {}, terms.bands.map((band) => el("li", { text: band }))),
        terms.notes.map((note) => el("p", { text: note })),
        el("p", {}, newWindowLink(setup.paths.cancellation, t("policy_link")), "　",
          newWindowLink(setup.paths.fees, t("fees_link")))),
      region("review-phone", t("service_phone"),
        el("p", {}, el("a", { href: "tel:" + phone, text: phone }), `（${t("service_hours")}）`)),
      el("input", { type: "hidden", name: "review", value: token, "data-testid": "review-token" }),
      el("div", { class: "field field--check" },
        el("div", {}, box, " ", el("label", { for: "accept_terms", text: t("accept_terms") })),
        el("p", {}, newWindowLink(setup.paths.terms, t("terms_link"))),
        errorSlot("accept_terms")),
      el("div", { class: "wizard__nav" },
        el("button", { type: "button", class: "secondary", text: t("edit"), onclick: () => history.back() }),
        el("button", { type: "button", id: "confirm-booking", text: t("confirm"), onclick: confirmBooking })),
    );
  }

  function confirmBooking() {
    const box = document.getElementById("accept_terms");
    if (!box.checked) {
      showFieldError("accept_terms", message("terms"));
      box.focus();
      return;
    }
    const token = sections.review.querySelector("[data-testid=review-token]").value;
    busy(true);
    document.getElementById("confirm-booking").disabled = true;
    api("bookings", { token, accept_terms: true }).then(({ status, data }) => {
      busy(false);
      const button = document.getElementById("confirm-booking");
      if (button) button.disabled = false;
      if (status === 201 || status === 200) booked(data.confirmation);  // 200: this review had already booked
      else refused(status, data);
    }).catch(offline);
  }

  /** Booked: show the confirmation. The review stays, so Back shows it, and confirming it again shows this booking. */
  function booked(confirmation) {
    state.confirmation = confirmation;
    save();
    clearAlert();
    go("done", confirmation.reference || "");
  }

  /** Nothing was booked: say why, at the right step (sold out at the room, an invalid review at the details). */
  function refused(status, data) {
    state.review = null;
    save();
    if (data.refused) {
      showAlert(data.refused, []);
      show("guest", true);
    } else if (status === 409) {
      showErrors(data.errors);
      refreshOffers();
    } else if (data.errors && data.errors.accept_terms) {
      showFieldError("accept_terms", data.errors.accept_terms);
    } else if (data.errors) {
      showErrors(data.errors);
    }
  }

  function renderDone() {
    const section = sections.done;
    const done = state.confirmation;
    section.textContent = "";
    if (!done) return;
    const reference = done.reference
      ? factsTable(t("reference"), [{ label: t("reference"), text: done.reference }]) : null;
    section.append(
      el("h2", { id: "heading-done", tabindex: "-1", text: t("step_done") }),
      el("p", { class: "notice", text: t("done_lead", { email: done.email }) }),
      reference,
      factsTable(t("your_stay"), done.stay),
      feeTable(done.fees),
      region("done-payment", t("payment_terms"), factsTable(t("payment_terms"), done.payment)),
      el("p", {}, el("a", { href: BASE + setup.paths.stay_info, text: t("stay_info_link") })),
    );
  }

  /* ---------- moving between steps ---------- */

  function address(step, extra) {
    return BASE + "stay/" + (step === "dates" ? "" : step + (extra ? "/" + extra : ""));
  }

  /** Go forward to a step: a new history entry, so the browser's Back returns here. */
  function go(step, extra) {
    history.pushState({ step }, "", address(step, extra));
    show(step);
  }

  function show(step, keepAlert) {
    if (step === "review" && !state.review) step = "guest";
    if (step === "done" && !state.confirmation) step = "dates";
    if (!keepAlert && step !== "done") clearAlert();
    state.step = step;
    save();
    if (step === "review") renderReview();
    if (step === "done") renderDone();
    for (const [name, section] of Object.entries(sections)) section.hidden = name !== step;
    for (const item of progress.children) {
      if (item.dataset.step === step) item.setAttribute("aria-current", "step");
      else item.removeAttribute("aria-current");
    }
    progress.parentElement.hidden = step === "done";
    document.getElementById("live-summary").hidden = !["room", "extras", "guest"].includes(step);
    const heading = { review: "review_title", done: "done_title" }[step] || "form_title";
    title.textContent = t(heading);
    document.title = `${t(heading)} · ${document.title.split(" · ").slice(-1)[0]}`;
    const focus = document.getElementById(`heading-${step}`);
    if (focus && keepAlert !== true) focus.focus({ preventScroll: false });
  }

  function stepFromAddress() {
    const rest = location.pathname.slice(new URL(BASE, location.href).pathname.length).replace(/^stay\/?/, "");
    const step = rest.split("/")[0];
    return STEPS.includes(step) ? step : "dates";
  }

  window.addEventListener("popstate", (event) => show((event.state && event.state.step) || stepFromAddress()));

  /* ---------- start ---------- */

  api("setup").then(({ data }) => {
    setup = data;
    if (state.step === "done" && stepFromAddress() !== "done") state = Object.assign(blank(), { step: "dates" });
    buildFrame();
    syncDates();
    renderCalendar();
    refreshOffers();
    const step = stepFromAddress();
    history.replaceState({ step }, "", location.href);
    show(step);
    root.dataset.ready = "true";
  }).catch(() => {
    root.textContent = "";
    root.append(el("p", { role: "alert", class: "alert", text: root.dataset.offline || "" }));
  });
})();
