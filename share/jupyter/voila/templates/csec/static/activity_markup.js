/* What the activities' markup from ipywidgets lacks for keyboard and screen-reader users, added to each part
   as it appears or takes its classes (widgets are drawn after the page, their classes given just after). Each
   fix may run again on the same element. */
window.csecActivityMarkup = function (root) {
  "use strict";
  var groups = 0;
  var FIXES = [
    // A live region (widgets.theme.LiveRegion) is one from the start, so what later appears in it is read out.
    [".csec-live", function (region) { region.setAttribute("role", "status"); }],
    // A knowledge check's answers are one radio group, named by its question: one Tab stop, read as a whole.
    [".csec-answers .widget-radio-box", function (group) {
      var question = group.closest(".csec-card").querySelector(".csec-question");
      if (!group.id) { groups += 1; group.id = "csec-answers-" + groups; }
      group.setAttribute("role", "radiogroup");
      if (question) {
        question.id = question.id || group.id + "-question";
        group.setAttribute("aria-labelledby", question.id);
      }
    }],
    [".csec-answers input[type=radio]", function (answer) { answer.name = answer.closest("[role=radiogroup]").id; }],
    // A focus request sent to a RadioButtons widget focuses its first label, which cannot take the focus: the
    // label hands it to its answer.
    [".csec-card .widget-radio-box > label", function (label) {
      label.focus = function (options) { label.querySelector("input").focus(options); };
    }],
    // ipywidgets writes a missing tooltip as the text "null": screen readers read it out.
    [".csec-card [title=null]", function (element) { element.removeAttribute("title"); }]
  ];
  function fix(element) {
    FIXES.forEach(function (entry) {
      if (element.matches(entry[0])) { entry[1](element); }
      element.querySelectorAll(entry[0]).forEach(entry[1]);
    });
  }
  fix(root);
  new MutationObserver(function (changes) {
    changes.forEach(function (change) {
      if (change.type === "attributes") { fix(change.target); }
      change.addedNodes.forEach(function (node) { if (node.nodeType === Node.ELEMENT_NODE) { fix(node); } });
    });
  }).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ["class"] });
};
