/* High contrast (C) for a washed-out projector, in the served slides and the offline deck:
   remembered, so every session opens the same way. */
window.csecHighContrast = function (reveal) {
  "use strict";
  var HIGH_CONTRAST = "csec-high-contrast";
  function remembered() {
    try { return window.localStorage.getItem(HIGH_CONTRAST) === "on"; } catch (blocked) { return false; }
  }
  function show(on) {
    document.documentElement.classList.toggle(HIGH_CONTRAST, on);
    try { window.localStorage.setItem(HIGH_CONTRAST, on ? "on" : "off"); } catch (blocked) { /* kept for this page */ }
  }
  show(remembered());
  reveal.addKeyBinding({ keyCode: 67, key: "C", description: "High-contrast colors on or off" }, function () {
    show(!document.documentElement.classList.contains(HIGH_CONTRAST));
  });
};
