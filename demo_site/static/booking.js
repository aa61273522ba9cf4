// Booking form helpers: nights for the chosen dates, check-out after check-in, and a live estimate
// that disables payment methods which cannot take the total (a store code's ceiling), saying why.
(function () {
  const form = document.querySelector("form[data-quote-url]");
  const checkIn = document.getElementById("check_in");
  const checkOut = document.getElementById("check_out");
  const hint = document.getElementById("nights-hint");
  const liveTotal = document.getElementById("live-total");
  if (!form || !checkIn || !checkOut) return;
  const priced = ["check_in", "check_out", "room_type", "rooms", "guests", "breakfast", "dinner", "transfer", "transfer_trips"];

  function updateNights() {
    if (checkIn.value) {
      const next = new Date(checkIn.value + "T00:00:00Z");
      next.setUTCDate(next.getUTCDate() + 1);
      checkOut.min = next.toISOString().slice(0, 10);
    }
    const nights = (Date.parse(checkOut.value) - Date.parse(checkIn.value)) / 86400000;
    hint.textContent = nights > 0 ? hint.dataset.template.replace("{nights}", nights) : "";
  }

  function showMethods(methods) {
    for (const radio of form.querySelectorAll("input[name=payment_method]")) {
      const note = document.getElementById(radio.id + "-note");
      const reason = methods ? methods[radio.value] : "";
      radio.disabled = Boolean(reason);
      if (reason && radio.checked) radio.checked = false;
      note.textContent = reason || note.dataset.default;
    }
  }

  let asked = 0; // answers can arrive out of order: only the last question's answer is shown

  async function updateQuote() {
    const mine = ++asked;
    const query = new URLSearchParams();
    const data = new FormData(form);
    for (const name of priced) if (data.has(name)) query.set(name, data.get(name));
    const response = await fetch(form.dataset.quoteUrl + "?" + query.toString());
    const quote = await response.json();
    if (mine !== asked) return;
    liveTotal.textContent = quote.complete ? liveTotal.dataset.template.replace("{total}", quote.total_text) : "";
    showMethods(quote.complete ? quote.methods : null);
  }

  form.addEventListener("change", (event) => {
    if (event.target.name === "check_in" || event.target.name === "check_out") updateNights();
    if (priced.includes(event.target.name)) updateQuote();
  });
  updateNights();
  updateQuote();
})();
