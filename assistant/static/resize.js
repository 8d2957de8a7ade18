// cartqa's host script: an iframe showing cartqa's /embed/ takes the height of its content, so the
// host page scrolls once, and a new answer is scrolled to its start. On the page that frames it:
//   <script src="https://YOUR-CARTQA-HOST/widget/resize.js" defer></script>
// Only messages from the origin this script came from, sent by one of this page's iframes, are used.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src, location.href).origin;

  function frameOf(source) {
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== "object") return;
    var frame = frameOf(event.source);
    if (!frame || frame.src.indexOf(origin + "/") !== 0) return;
    if (data.type === "cartqa:height" && typeof data.height === "number" && isFinite(data.height)) {
      frame.style.height = Math.max(120, Math.min(Math.round(data.height), 50000)) + "px";
    } else if (data.type === "cartqa:scroll" && typeof data.top === "number" && isFinite(data.top)) {
      var top = frame.getBoundingClientRect().top + window.pageYOffset + Math.max(0, data.top);
      window.scrollTo(0, Math.max(0, top - 8));
    }
  });
})();
