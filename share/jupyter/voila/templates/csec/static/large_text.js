/* Large text (T) for someone who cannot read the slides from where they sit, in the served slides and the
   offline deck: remembered, so every session opens the same way. Browser zoom cannot help (reveal scales the
   deck back to the window), so each slide's content is enlarged instead, as far as it still fits the slide, up
   to half as large again: a slide with room to spare grows most, a full one keeps its size. When an activity's
   content grows on a slide (an answer's feedback), the slide shrinks back as far as it must to fit. */
window.csecLargeText = function (reveal) {
  "use strict";
  var LARGE_TEXT = "csec-large-text";
  var SIZES = [1.5, 1.4, 1.3, 1.2, 1.1, 1];
  function remembered() {
    try { return window.localStorage.getItem(LARGE_TEXT) === "on"; } catch (blocked) { return false; }
  }
  function isOn() { return document.documentElement.classList.contains(LARGE_TEXT); }
  function fits(slide) {
    return slide.scrollHeight <= slide.clientHeight + 1 && slide.scrollWidth <= slide.clientWidth + 1;
  }
  // The slide's content at the largest size, no larger than ``largest``, at which it fits.
  function enlarge(slide, largest) {
    var sizes = SIZES.filter(function (size) { return size <= largest; });
    for (var i = 0; i < sizes.length; i++) {
      slide.style.setProperty("--csec-text-size", sizes[i]);
      if (fits(slide)) { return; }
    }
  }
  function fitSlide() {
    var slide = reveal.getCurrentSlide();
    if (slide && isOn()) { enlarge(slide, SIZES[0]); }
  }
  function show(on) {
    document.documentElement.classList.toggle(LARGE_TEXT, on);
    try { window.localStorage.setItem(LARGE_TEXT, on ? "on" : "off"); } catch (blocked) { /* kept for this page */ }
    fitSlide();
  }
  show(remembered());
  reveal.on("ready", fitSlide);
  reveal.on("slidechanged", fitSlide);
  function shrinkToFit(changed) {
    var slide = reveal.getCurrentSlide();
    if (slide && isOn() && !fits(slide) && changed.some(function (node) {
      return slide.contains(node) || node.contains(slide);
    })) {
      enlarge(slide, parseFloat(slide.style.getPropertyValue("--csec-text-size")) || 1);
    }
  }
  // What changes in the slide or around it (Voila shows the cells only once their widgets are drawn), and a
  // choice that shows other content without changing the page (a help slide's resources).
  new MutationObserver(function (changes) {
    shrinkToFit(changes.map(function (change) { return change.target; }));
  }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true,
                              attributeFilter: ["style", "class"] });
  document.addEventListener("change", function (event) { shrinkToFit([event.target]); });
  reveal.addKeyBinding({ keyCode: 84, key: "T", description: "Large text on or off" }, function () {
    show(!isOn());
  });
};
