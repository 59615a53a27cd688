/* The facilitator's keys keep working on a help slide, in the served slides and the offline deck. Its
   resources are radio buttons: chosen with the mouse, the radio lets go of the focus at once, so every
   slide key (C, S, F, the clicker) works as before; reached with Tab, Up and Down move between the
   resources while Left, Right, Page Up and Page Down (a presenter's clicker) still change slides. */
window.csecSlideKeys = function (reveal) {
  "use strict";
  var SLIDE_KEYS = { ArrowRight: "next", PageDown: "next", ArrowLeft: "prev", PageUp: "prev" };
  var pointer = false;
  function isTab(element) { return Boolean(element.matches && element.matches(".csec-tab input")); }
  document.addEventListener("pointerdown", function (event) {
    pointer = Boolean(event.target.closest && event.target.closest(".csec-tab"));
  }, true);
  document.addEventListener("change", function (event) {
    if (pointer && isTab(event.target)) { event.target.blur(); }
    pointer = false;
  }, true);
  document.addEventListener("keydown", function (event) {
    var move = SLIDE_KEYS[event.key];
    if (move && isTab(event.target)) {
      event.preventDefault();
      event.stopPropagation();
      reveal[move]();
    }
  }, true);
};
