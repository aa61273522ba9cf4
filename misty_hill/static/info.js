// The contact page's message dialog. The form itself posts to the server and works without this
// script; the script only opens it as a modal dialog, reopens it when the server sent it back
// with messages to fix, and puts the focus on the first field that needs attention.
(function () {
  "use strict";

  function open(dialog) {
    if (!dialog.open) dialog.showModal();
    var first = dialog.querySelector('[aria-invalid="true"]') || dialog.querySelector("select, input, textarea");
    if (first) first.focus();
  }

  document.querySelectorAll("button.open-dialog").forEach(function (button) {
    var dialog = document.getElementById(button.dataset.dialog);
    button.addEventListener("click", function () { open(dialog); });
  });

  document.querySelectorAll("dialog").forEach(function (dialog) {
    dialog.querySelectorAll(".close-dialog").forEach(function (button) {
      button.addEventListener("click", function () { dialog.close(); });
    });
    if (dialog.hasAttribute("data-open-on-load")) open(dialog);
  });
})();
