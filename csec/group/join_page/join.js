/* The join page's script: shows the open question and sends one answer to it; shows the slide on the screen when
   the room's phones follow the slides; sends the private signals. No framework, no inline code. */
(function () {
  "use strict";
  var room = document.body.getAttribute("data-room"), longest = document.body.getAttribute("data-max");
  var shown = null, answered = {};
  var main = document.getElementById("question"), status = document.getElementById("status");
  var slide = document.getElementById("slide"), slideText = document.getElementById("slide-text");
  var words = JSON.parse(document.body.getAttribute("data-words"));  // in the phone's language
  var SIGNAL_SENT = {pause: words.pause_sent, talk: words.talk_sent};
  function showSlide(blocks) {
    slide.hidden = false;
    slideText.textContent = "";
    var list = null;
    blocks.forEach(function (block) {
      if (block.kind !== "item") { list = null; }
      else if (!list) { list = slideText.appendChild(document.createElement("ul")); }
      var element = document.createElement(block.kind === "heading" ? "h3" : block.kind === "item" ? "li" : "p");
      element.textContent = block.text;
      (list || slideText).appendChild(element);
    });
  }
  function signal(button) {
    var which = button.getAttribute("data-signal"), said = document.getElementById("signal-status");
    button.disabled = true;
    fetch("/api/rooms/" + room + "/signals", {method: "POST", headers: {"Content-Type": "application/json"},
                                               body: JSON.stringify({signal: which})})
      .then(function (response) { return response.json().then(function (body) { return [response.ok, body]; }); })
      .then(function (result) { said.textContent = result[0] ? SIGNAL_SENT[which] : result[1].error; })
      .catch(function () { said.textContent = words.not_sent; })
      .then(function () { setTimeout(function () { button.disabled = false; }, 60000); });
  }
  document.querySelectorAll("[data-signal]").forEach(function (button) {
    button.addEventListener("click", function () { signal(button); });
  });
  function show(current) {
    if (!current.question) { main.textContent = ""; shown = null; status.textContent = words.no_question; return; }
    if (current.question === shown) { return; }
    shown = current.question;
    main.textContent = "";
    var text = document.createElement("p");
    text.textContent = current.text;
    main.appendChild(text);
    if (!current.options.length) { write(current.question); return; }
    current.options.forEach(function (label, index) {
      var button = document.createElement("button");
      button.textContent = label;
      button.disabled = !!answered[shown];
      button.addEventListener("click", function () { send(current.question, {option: index}); });
      main.appendChild(button);
    });
    status.textContent = answered[shown] ? words.thanks : "";
  }
  function write(question) {
    var label = document.createElement("label"), box = document.createElement("textarea");
    var button = document.createElement("button");
    label.textContent = words.your_answer.replace("{longest}", longest);
    label.htmlFor = box.id = "written";
    box.maxLength = Number(longest);
    box.rows = 4;
    button.textContent = words.send;
    button.addEventListener("click", function () { send(question, {text: box.value}); });
    box.disabled = button.disabled = !!answered[question];
    [label, box, button].forEach(function (element) { main.appendChild(element); });
    status.textContent = answered[question] ? words.thanks : "";
  }
  function send(question, answer) {
    answer.question = question;
    fetch("/api/rooms/" + room + "/answers", {method: "POST", headers: {"Content-Type": "application/json"},
                                               body: JSON.stringify(answer)})
      .then(function (response) { return response.json().then(function (body) { return [response.ok, body]; }); })
      .then(function (result) {
        if (result[0] || /already answered/.test(result[1].error || "")) { answered[question] = true; }
        status.textContent = result[0] ? words.thanks : result[1].error;
        main.querySelectorAll("button, textarea").forEach(function (b) { b.disabled = !!answered[question]; });
      })
      .catch(function () { status.textContent = words.not_sent; });
  }
  function poll() {
    fetch("/api/rooms/" + room + "/question").then(function (r) { return r.json(); }).then(show)
      .catch(function () { status.textContent = words.waiting; })
      .then(function () { setTimeout(poll, 1000); });
  }
  // While the room's phones follow the slides, the server holds each request open until the slide changes, so a new
  // slide is here as soon as the projector shows it; after a refusal or a lost connection, it asks again in a second.
  function follow(version) {
    fetch("/api/rooms/" + room + "/slide?after=" + version)
      .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
      .then(function (current) {
        if (current.version !== version) { showSlide(current.slide); }  // unchanged after a wait: not read out again
        follow(current.version);
      })
      .catch(function () { setTimeout(function () { follow(version); }, 1000); });
  }
  poll();
  if (document.body.hasAttribute("data-following")) { follow(-1); }
})();
