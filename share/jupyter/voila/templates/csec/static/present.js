/* Start reveal.js on a session's slides (loaded after reveal.js and the speaker view). */
(function () {
  "use strict";
  var options = window.csecSlides;
  Reveal.initialize({
    width: options.width,
    height: options.height,
    margin: 0.04,
    center: false,
    hash: true,
    controls: true,
    controlsBackArrows: "visible",  // not faded: the arrow, and its focus ring, at full contrast
    progress: true,
    slideNumber: "c/t",
    transition: "none",
    backgroundTransition: "none",
    // Never switch to reveal's scroll view in a narrow or zoomed window: it comes up before the
    // widgets exist and leaves every activity blank. The deck scales down instead.
    scrollActivationWidth: null,
    // Space and Enter on a focused activity button press the button; they do not change slide.
    keyboardCondition: function (event) {
      var inActivity = event.target.closest && event.target.closest(".jupyter-widgets");
      return !(inActivity && (event.key === " " || event.key === "Enter"));
    },
    plugins: [window.CsecSpeakerView]
  });
  window.csecHighContrast(Reveal);
  window.csecLargeText(Reveal);
  window.csecSlideKeys(Reveal);
  window.csecKeyboardFocus(Reveal);

  // Off-screen slides stay in the page: make them inert, so Tab and screen readers
  // stay on the slide the room sees.
  function onlyCurrentSlideActive() {
    var current = Reveal.getCurrentSlide();
    document.querySelectorAll(".reveal .slides section").forEach(function (section) {
      section.inert = !(section === current || section.contains(current));
    });
  }
  Reveal.on("ready", onlyCurrentSlideActive);
  Reveal.on("slidechanged", onlyCurrentSlideActive);

  // reveal marks the deck role="application", which puts a screen reader in focus mode, where it cannot read
  // text that takes no focus (a story, feedback). Reveal's own live region still announces each slide.
  Reveal.on("ready", function () { Reveal.getRevealElement().removeAttribute("role"); });

  // The slide number ("12 / 24") is a link to the slide already shown, to an anchor that does not exist,
  // rewritten at each change: make it plain text, out of the Tab order.
  Reveal.on("ready", function () {
    var number = document.querySelector(".reveal .slide-number");
    function notALink() {
      number.querySelectorAll("a[href]").forEach(function (link) { link.removeAttribute("href"); });
    }
    notALink();
    new MutationObserver(notALink).observe(number, { childList: true, subtree: true });
  });

  // Voila shows the cells only once their widgets have rendered: lay out again then.
  var cells = document.getElementById("rendered_cells");
  if (cells) {
    new MutationObserver(function () { Reveal.layout(); })
      .observe(cells, { attributes: true, attributeFilter: ["style"] });
    window.csecActivityMarkup(cells);
  }
})();
