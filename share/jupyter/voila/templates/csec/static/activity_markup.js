/* What the activities' markup from ipywidgets lacks for keyboard and screen-reader users, added to each part
   as it appears (widgets are drawn after the page, and some parts again later). */
window.csecActivityMarkup = function (root) {
  "use strict";
  var FIXES = [
    // A focus request sent to a RadioButtons widget focuses its first label, which cannot take the focus: the
    // label hands it to its answer.
    [".csec-card .widget-radio-box > label", function (label) {
      label.focus = function (options) { label.querySelector("input").focus(options); };
    }]
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
      change.addedNodes.forEach(function (node) { if (node.nodeType === Node.ELEMENT_NODE) { fix(node); } });
    });
  }).observe(root, { childList: true, subtree: true });
};
