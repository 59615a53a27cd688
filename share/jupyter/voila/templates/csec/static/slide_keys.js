/* The facilitator's keys keep working on a help slide and a knowledge check, in the served slides and the
   offline deck. A help slide's resources and a knowledge check's answers are radio buttons: chosen with the mouse,
   the radio lets go of the focus at once, so every slide key (C, S, F, the clicker) works as before; reached with
   Tab, Up and Down move between the resources or answers (choosing the one they reach, on purpose) while Left,
   Right, Page Up and Page Down (a presenter's clicker) still change slides, never the answer. */
window.csecSlideKeys = function (reveal) {
  "use strict";
  var SLIDE_KEYS = { ArrowRight: "next", PageDown: "next", ArrowLeft: "prev", PageUp: "prev" };
  var CHOICES = ".csec-tab, .csec-answers";
  var CHOICE_INPUTS = ".csec-tab input, .csec-answers input";
  var pointer = false;
  function isChoice(element) { return Boolean(element.matches && element.matches(CHOICE_INPUTS)); }
  document.addEventListener("pointerdown", function (event) {
    pointer = Boolean(event.target.closest && event.target.closest(CHOICES));
  }, true);
  document.addEventListener("change", function (event) {
    if (pointer && isChoice(event.target)) { event.target.blur(); }
    pointer = false;
  }, true);
  document.addEventListener("keydown", function (event) {
    var move = SLIDE_KEYS[event.key];
    if (move && isChoice(event.target)) {
      event.preventDefault();
      event.stopPropagation();
      reveal[move]();
    }
  }, true);
};
