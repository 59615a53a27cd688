/* reveal.js plugin: S opens the speaker view in a second window.
   That window reads this deck through window.opener, so unlike reveal's own
   notes plugin it loads no second copy of the session (no extra kernels). */
window.CsecSpeakerView = {
  id: "csec-speaker-view",
  init: function (deck) {
    var plugin = this;
    deck.addKeyBinding(
      { keyCode: 83, key: "S", description: "Speaker view: notes, next slide, timer" },
      function () { plugin.open(); }
    );
  },
  open: function () {
    var view = window.open(window.csecSlides.speakerViewUrl, "csec-speaker-view", "width=1200,height=760");
    if (view) { view.focus(); }
  }
};
