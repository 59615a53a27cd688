/* The facilitator's keys keep changing slides on a help slide, in the served slides and the offline deck:
   its resources are radio buttons, which would take Left, Right, Page Up and Page Down (a presenter's
   clicker) for themselves once one is clicked. Up and Down still move between the resources. */
window.csecSlideKeys = function (reveal) {
  "use strict";
  var SLIDE_KEYS = { ArrowRight: "next", PageDown: "next", ArrowLeft: "prev", PageUp: "prev" };
  document.addEventListener("keydown", function (event) {
    var move = SLIDE_KEYS[event.key];
    if (move && event.target.matches && event.target.matches(".csec-tab input")) {
      event.preventDefault();
      event.stopPropagation();
      reveal[move]();
    }
  }, true);
};
