// Progressive enhancement only: every page works without this file (ADR 0020).
(function () {
  "use strict";

  // "Copy" buttons on the receipt: copy the text of the element named by data-copy.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button || !navigator.clipboard) return;
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) return;
    navigator.clipboard.writeText(source.textContent.trim()).then(function () {
      var done = button.getAttribute("data-copied");
      if (done) button.textContent = done;
    });
  });

  // Buttons that only make sense with script (copy, print) are hidden until it runs.
  document.querySelectorAll("[data-needs-script]").forEach(function (element) { element.hidden = false; });

  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) window.print();
  });

  // A form is sent once: a second tap while the first is on its way does nothing (the server is idempotent anyway).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.getAttribute("data-submitting") === "true") { event.preventDefault(); return; }
    form.setAttribute("data-submitting", "true");
    window.setTimeout(function () { form.removeAttribute("data-submitting"); }, 8000);
  });

  // Enter in a search box presses its own button (e.g. "Find" on the employer step), not the form's default "Continue".
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || event.isComposing) return;
    var input = event.target.closest("[data-enter-clicks]");
    if (!input) return;
    var button = document.getElementById(input.getAttribute("data-enter-clicks"));
    if (!button) return;
    event.preventDefault();
    button.click();
  });

  // The error summary takes the focus, so a screen reader announces it and the person sees it first.
  var summary = document.querySelector(".error-summary");
  if (summary) summary.focus();
  // A page that shows work in progress (a legacy import) reloads itself while the work runs; without script it
  // offers a "refresh" link instead.
  var refreshing = document.querySelector("[data-refresh-seconds]");
  if (refreshing) {
    var seconds = parseInt(refreshing.getAttribute("data-refresh-seconds"), 10) || 2;
    window.setTimeout(function () { window.location.reload(); }, seconds * 1000);
  }
})();
