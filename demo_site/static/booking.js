// Booking form helpers: show how many nights the chosen dates make, and keep check-out after check-in.
(function () {
  const checkIn = document.getElementById("check_in");
  const checkOut = document.getElementById("check_out");
  const hint = document.getElementById("nights-hint");
  if (!checkIn || !checkOut || !hint) return;

  function update() {
    if (checkIn.value) {
      const next = new Date(checkIn.value + "T00:00:00Z");
      next.setUTCDate(next.getUTCDate() + 1);
      checkOut.min = next.toISOString().slice(0, 10);
    }
    const nights = (Date.parse(checkOut.value) - Date.parse(checkIn.value)) / 86400000;
    hint.textContent = nights > 0 ? hint.dataset.template.replace("{nights}", nights) : "";
  }

  checkIn.addEventListener("change", update);
  checkOut.addEventListener("change", update);
  update();
})();
