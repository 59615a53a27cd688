/* Phones that follow the slides (`csec serve --lan --follow-slides`): the text of the slide the room sees, sent to
   the server whenever it changes, so the join page can show it. Speaker notes (aside.notes), anything hidden and
   fragments not yet shown are left out: a phone gets what the projector shows, never what only the facilitator
   sees. Nothing is sent unless the server says the room's phones follow the slides. */
(function () {
  "use strict";
  var BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, td, th, figcaption, .widget-radio-box label";
  var KINDS = { H1: "heading", H2: "heading", H3: "heading", H4: "heading", H5: "heading", H6: "heading", LI: "item" };
  var sent = null;

  function shown(element) {
    return !element.closest("aside.notes, .fragment:not(.visible), [hidden]") && element.getClientRects().length > 0;
  }

  function blocks(slide) {
    var found = [];
    slide.querySelectorAll(BLOCKS).forEach(function (element) {
      if (!shown(element) || element.querySelector(BLOCKS)) { return; }  // the innermost block says it once
      var copy = element.cloneNode(true);
      copy.querySelectorAll("aside.notes, script, style, a.anchor-link").forEach(function (node) { node.remove(); });
      // Parts laid out apart (a chart's label and its count) stay words apart.
      copy.querySelectorAll("*").forEach(function (node) { node.after(" "); });
      var text = copy.textContent.replace(/\s+/g, " ").trim().slice(0, 2000);
      if (text) { found.push({ kind: KINDS[element.tagName] || "text", text: text }); }
    });
    return found.slice(0, 120);
  }

  function send() {
    var body = JSON.stringify({ blocks: blocks(Reveal.getCurrentSlide()) });
    if (body === sent) { return; }
    sent = body;
    fetch("/csec/room/slide", { method: "POST", headers: { "Content-Type": "application/json" }, body: body })
      .then(function (response) { if (!response.ok) { throw new Error(response.status); } })
      .catch(function () { sent = null; window.setTimeout(send, 1000); });  // the phones wait for it: try again
  }

  function follow() {
    Reveal.on("slidechanged", send);
    Reveal.on("fragmentshown", send);
    Reveal.on("fragmenthidden", send);
    // Activities change what a slide shows (feedback, the next part of a story): follow them too, a tenth of a
    // second after the page changes (a burst of changes sends once).
    var pending = null;
    new MutationObserver(function () {
      if (pending === null) { pending = window.setTimeout(function () { pending = null; send(); }, 100); }
    }).observe(Reveal.getSlidesElement(), { childList: true, subtree: true, characterData: true, attributes: true,
                                           attributeFilter: ["class", "hidden", "style"] });
    send();
  }

  fetch("/csec/room", { cache: "no-store" })
    .then(function (response) { return response.json(); })
    .then(function (room) {
      if (!room.following) { return; }
      if (Reveal.isReady()) { follow(); } else { Reveal.on("ready", follow); }
    })
    .catch(function () { return null; });  // no room to follow: the slides are all there is
})();
