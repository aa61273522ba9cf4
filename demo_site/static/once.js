// One click, one submission: a form marked data-once (confirming a booking or an order, sending a
// message, cancelling) is sent once; its buttons are disabled once it is on its way, so a second
// click does nothing. The server spends each review's token anyway (demo_site/once.py); this
// only spares the guest a second request. A click with Ctrl, Shift or Cmd opens the result in
// another tab and leaves this page as it was; a page shown again by Back gets its buttons back.
(function () {
  "use strict";

  var elsewhere = false;  // whether the click that sends the form opens the result in another tab

  function buttons(form) {
    return form.querySelectorAll("button[type=submit], button:not([type]), input[type=submit]");
  }

  function release(form) {
    delete form.dataset.sent;
    buttons(form).forEach(function (button) { button.disabled = false; });
  }

  document.querySelectorAll("form[data-once]").forEach(function (form) {
    buttons(form).forEach(function (button) {
      button.addEventListener("click", function (event) {
        elsewhere = event.ctrlKey || event.metaKey || event.shiftKey;
      });
    });
    form.addEventListener("submit", function (event) {
      if (elsewhere) {
        elsewhere = false;
        return;
      }
      if (form.dataset.sent) {
        event.preventDefault();
        return;
      }
      form.dataset.sent = "true";
      // Disabled after the browser has collected what the form sends (a disabled field is not sent).
      setTimeout(function () {
        buttons(form).forEach(function (button) { button.disabled = true; });
      }, 0);
    });
  });

  window.addEventListener("pageshow", function (event) {
    if (event.persisted) document.querySelectorAll("form[data-once]").forEach(release);
  });
})();
