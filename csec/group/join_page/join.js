/* The join page's script: shows the open question, sends one answer to it. No framework, no inline code. */
(function () {
  "use strict";
  var room = document.body.getAttribute("data-room"), longest = document.body.getAttribute("data-max");
  var shown = null, answered = {};
  var main = document.getElementById("question"), status = document.getElementById("status");
  function show(current) {
    if (!current.question) { main.textContent = ""; shown = null; status.textContent = "No question is open."; return; }
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
    status.textContent = answered[shown] ? "Thank you: your answer is in." : "";
  }
  function write(question) {
    var label = document.createElement("label"), box = document.createElement("textarea");
    var button = document.createElement("button");
    label.textContent = "Your answer (at most " + longest + " characters; no names, please):";
    label.htmlFor = box.id = "written";
    box.maxLength = Number(longest);
    box.rows = 4;
    button.textContent = "Send";
    button.addEventListener("click", function () { send(question, {text: box.value}); });
    box.disabled = button.disabled = !!answered[question];
    [label, box, button].forEach(function (element) { main.appendChild(element); });
    status.textContent = answered[question] ? "Thank you: your answer is in." : "";
  }
  function send(question, answer) {
    answer.question = question;
    fetch("/api/rooms/" + room + "/answers", {method: "POST", headers: {"Content-Type": "application/json"},
                                               body: JSON.stringify(answer)})
      .then(function (response) { return response.json().then(function (body) { return [response.ok, body]; }); })
      .then(function (result) {
        if (result[0] || /already answered/.test(result[1].error || "")) { answered[question] = true; }
        status.textContent = result[0] ? "Thank you: your answer is in." : result[1].error;
        main.querySelectorAll("button, textarea").forEach(function (b) { b.disabled = !!answered[question]; });
      })
      .catch(function () { status.textContent = "Could not send. Check the Wi-Fi and try again."; });
  }
  function poll() {
    fetch("/api/rooms/" + room + "/question").then(function (r) { return r.json(); }).then(show)
      .catch(function () { status.textContent = "Waiting for the connection..."; })
      .then(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
