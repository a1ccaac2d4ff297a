/* Special sections' accent colour (chosen per section by editors): copied from data-accent / data-accent-text into
   the --accent / --accent-text custom properties of sections.css. The Content-Security-Policy allows no inline style
   attribute; setting a property through the CSSOM is allowed. Without JavaScript the portal's red is used. */
(function () {
  "use strict";
  var colour = /^#[0-9a-fA-F]{6}$/;
  function apply() {
    document.querySelectorAll("[data-accent]").forEach(function (element) {
      var accent = element.getAttribute("data-accent");
      var text = element.getAttribute("data-accent-text");
      if (colour.test(accent)) element.style.setProperty("--accent", accent);
      if (colour.test(text)) element.style.setProperty("--accent-text", text);
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", apply);
  } else {
    apply();
  }
})();
