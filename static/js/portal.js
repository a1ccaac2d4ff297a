/* Progressive enhancements; every page works without this file. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.remove("no-js");

  // Text size control (A- / A / A+), remembered on this device.
  var sizes = { small: "text-small", normal: "", large: "text-large" };
  function applySize(name) {
    Object.keys(sizes).forEach(function (key) { if (sizes[key]) root.classList.remove(sizes[key]); });
    if (sizes[name]) root.classList.add(sizes[name]);
  }
  try { applySize(localStorage.getItem("textSize") || "normal"); } catch (e) { /* storage may be blocked */ }

  document.addEventListener("DOMContentLoaded", function () {
    var group = document.querySelector(".text-size");
    if (group) {
      group.hidden = false;
      group.addEventListener("click", function (event) {
        var button = event.target.closest("[data-text-size]");
        if (!button) return;
        var name = button.getAttribute("data-text-size");
        applySize(name);
        try { localStorage.setItem("textSize", name); } catch (e) { /* ignore */ }
      });
    }
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  });
})();
