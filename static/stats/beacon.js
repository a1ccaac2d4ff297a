/* Reports one view of this page to the visit counter (stats app). Runs after the page is shown, never blocks it,
   and sends no cookie-dependent data: the server counts the request, not the person. */
(function () {
  var script = document.currentScript;
  var url = script && script.getAttribute("data-url");
  if (!url) return;
  function send() {
    try {
      if (navigator.sendBeacon && navigator.sendBeacon(url)) return;
    } catch (e) { /* fall through */ }
    if (window.fetch) {
      fetch(url, { method: "POST", keepalive: true, credentials: "omit", cache: "no-store" }).catch(function () {});
    } else {
      new Image().src = url;
    }
  }
  // A page rendered ahead of time (prerender) is counted only when the reader actually opens it.
  if (document.prerendering) {
    document.addEventListener("prerenderingchange", send, { once: true });
  } else {
    send();
  }
})();
