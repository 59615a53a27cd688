/* After a slide change the first Tab lands on the new slide's first control, and Shift+Tab on its last,
   whichever way the slides moved. The slide left behind is inert, so its focused control lets go of the
   focus, but the browser would go on from where that control was: past the new slide when going back. */
window.csecKeyboardFocus = function (reveal) {
  "use strict";
  var changed = false;
  reveal.on("slidechanged", function () { changed = true; });
  document.addEventListener("focusin", function () { changed = false; });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Tab" || !changed || reveal.getCurrentSlide().contains(document.activeElement)) { return; }
    changed = false;
    // Start the browser's own Tab from just before the slides, or with Shift from reveal's controls after them:
    // the other slides are inert, so the next stop is the current slide's first (or last) control.
    var from = event.shiftKey ? reveal.getRevealElement().querySelector(".controls") : reveal.getSlidesElement();
    from.tabIndex = -1;
    from.focus({ preventScroll: true });
  }, true);
};
