/* The speaker view window: the current slide's facilitator notes, the next
   slide, and a timer. It follows the deck in the window that opened it. */
(function () {
  "use strict";
  var byId = function (id) { return document.getElementById(id); };
  // The words in the session's language, as its page carries them (csec/page_words.py); English without it.
  var WORDS = (function () {
    var found = window.opener && window.opener.document.getElementById("csec-page-words");
    try { return found ? JSON.parse(found.textContent) : {}; } catch (error) { return {}; }
  }());
  function say(key, english, values) {
    var text = WORDS[key] || english;
    Object.keys(values || {}).forEach(function (name) { text = text.split("{" + name + "}").join(values[name]); });
    return text;
  }
  document.querySelectorAll("[data-word]").forEach(function (element) {
    element.textContent = say(element.getAttribute("data-word"), element.textContent);
  });
  document.querySelectorAll("[data-word-label]").forEach(function (element) {
    element.setAttribute("aria-label", say(element.getAttribute("data-word-label"), element.getAttribute("aria-label")));
  });
  var deck = window.opener && window.opener.Reveal;
  if (!deck) {
    byId("position").textContent = say("no_deck", "Open the speaker view from a session with the S key.");
    return;
  }
  document.documentElement.lang = window.opener.document.documentElement.lang || "en";
  document.title = say("speaker_view_of", "Speaker view: {title}", { title: window.opener.document.title });

  var HIDDEN_IN_PREVIEW = "aside.notes, script, style, a.anchor-link, .jp-InternalAnchorLink";

  function heading(slide) {
    var found = slide.querySelector("h1, h2, h3");
    if (!found) { return say("untitled", "Untitled slide"); }
    var copy = found.cloneNode(true);
    copy.querySelectorAll(HIDDEN_IN_PREVIEW).forEach(function (node) { node.remove(); });
    return copy.textContent.trim();
  }

  function notes(slide) {
    var asides = slide.querySelectorAll("aside.notes");
    if (!asides.length) { return "<p>" + say("no_notes", "No notes for this slide.") + "</p>"; }
    return Array.prototype.map.call(asides, function (aside) { return aside.innerHTML; }).join("");
  }

  function preview(slide) {
    var copy = slide.cloneNode(true);
    copy.querySelectorAll(HIDDEN_IN_PREVIEW).forEach(function (node) { node.remove(); });
    copy.removeAttribute("style");
    copy.removeAttribute("hidden");
    copy.removeAttribute("aria-hidden");
    return copy;
  }

  // Activities such as scenarios change their notes as the group moves on: follow them.
  var shownNotes = null;
  function refreshNotes() {
    var current = notes(deck.getCurrentSlide());
    if (current !== shownNotes) { shownNotes = current; byId("notes").innerHTML = current; }
  }

  function update() {
    var slides = deck.getSlides();
    var current = deck.getCurrentSlide();
    var index = slides.indexOf(current);
    var next = slides[index + 1];
    byId("position").textContent = say("position", "Slide {number} of {count}", { number: index + 1, count: slides.length });
    byId("current-title").textContent = heading(current);
    refreshNotes();
    byId("next-title").textContent = next ? heading(next) : say("end", "end of the session");
    byId("next-preview").replaceChildren(next ? preview(next) : document.createTextNode(""));
    var title = window.opener.document.querySelector("[data-session-minutes]");
    if (title) {
      byId("planned").textContent = say("planned", "of {minutes} min", { minutes: title.getAttribute("data-session-minutes") });
    }
  }

  var started = Date.now();
  var pausedAt = null;
  function two(number) { return (number < 10 ? "0" : "") + number; }
  function tick() {
    var elapsed = Math.floor(((pausedAt || Date.now()) - started) / 1000);
    byId("elapsed").textContent = two(Math.floor(elapsed / 60)) + ":" + two(elapsed % 60);
    var now = new Date();
    byId("clock").textContent = two(now.getHours()) + ":" + two(now.getMinutes());
    refreshNotes();
  }
  byId("pause").addEventListener("click", function () {
    if (pausedAt) { started += Date.now() - pausedAt; pausedAt = null; this.textContent = say("pause_timer", "Pause timer"); }
    else { pausedAt = Date.now(); this.textContent = say("resume_timer", "Resume timer"); }
    tick();
  });
  byId("reset").addEventListener("click", function () {
    started = Date.now();
    if (pausedAt) { pausedAt = started; }
    tick();
  });
  // The review list of written answers lives in the notes: its buttons act on the slide's activity, whose
  // hidden command field the kernel reads (widgets/answer_review.py).
  byId("notes").addEventListener("click", function (event) {
    var command = event.target.closest("[data-csec-command]");
    var field = command && deck.getCurrentSlide().querySelector(".csec-review-commands input");
    if (!field) { return; }
    command.disabled = true;
    field.value = command.getAttribute("data-csec-command");
    field.dispatchEvent(new field.ownerDocument.defaultView.Event("input", { bubbles: true }));
  });
  byId("previous").addEventListener("click", function () { deck.prev(); });
  byId("advance").addEventListener("click", function () { deck.next(); });
  document.addEventListener("keydown", function (event) {
    if (event.target.tagName === "BUTTON" && (event.key === " " || event.key === "Enter")) { return; }
    var forward = ["ArrowRight", "ArrowDown", "PageDown", " "];
    var backward = ["ArrowLeft", "ArrowUp", "PageUp"];
    if (forward.indexOf(event.key) >= 0) { deck.next(); event.preventDefault(); }
    if (backward.indexOf(event.key) >= 0) { deck.prev(); event.preventDefault(); }
  });

  // Private signals from the phones (group mode): how many asked, never who (csec/group/room_memory.py).
  var SIGNAL_WORDS = { pause_one: "1 person asked for a pause.", pause_many: "{count} people asked for a pause.",
                       talk_one: "1 person would like to talk to someone afterwards.",
                       talk_many: "{count} people would like to talk to someone afterwards." };
  function showSignals(room) {
    byId("signals").hidden = !room.room;
    if (!room.room) { return; }
    ["pause", "talk"].forEach(function (signal) {
      var count = room.signals[signal];
      var key = signal + (count === 1 ? "_one" : "_many");
      byId("signal-" + signal).textContent = say(key, SIGNAL_WORDS[key], { count: count });
      byId("signal-" + signal).parentNode.classList.toggle("asked", count > 0);
    });
  }
  function askSignals() {
    fetch("/csec/room", { cache: "no-store" }).then(function (r) { return r.json(); }).then(showSignals)
      .catch(function () { return null; });
  }
  byId("signals").addEventListener("click", function (event) {
    var seen = event.target.closest("[data-seen]");
    if (!seen) { return; }
    fetch("/csec/room/signals/seen", { method: "POST", headers: { "Content-Type": "application/json" },
                                      body: JSON.stringify({ seen: seen.getAttribute("data-seen") }) })
      .then(function (r) { return r.json(); }).then(function (counts) { showSignals({ room: true, signals: counts }); })
      .catch(function () { return null; });
  });
  window.setInterval(askSignals, 2000);
  askSignals();

  deck.on("slidechanged", update);
  deck.on("ready", update);
  window.setInterval(tick, 1000);
  tick();
  update();
})();
