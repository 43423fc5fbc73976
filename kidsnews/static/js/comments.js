// Instant, kind warnings while a child types a comment. Progressive enhancement only: without
// this file the form's "Check my comment" button asks the server for the same warnings.
(function () {
  "use strict";
  var form = document.querySelector(".comment-form[data-check-url]");
  if (!form || !window.fetch || !window.FormData) return;
  var textarea = form.querySelector("textarea[name=text]");
  var box = form.querySelector(".comment-form__warnings");
  var checked = form.querySelector("input[name=checked]");
  var timer = null;
  var latest = 0;
  var question = ""; // "Send anyway, or change it?" for the text last checked, if any

  function render(data) {
    box.textContent = "";
    var warnings = data.warnings || [];
    if (!warnings.length) {
      box.hidden = true;
      return;
    }
    var list = document.createElement("ul");
    warnings.forEach(function (warning) {
      var item = document.createElement("li");
      item.textContent = warning;
      list.appendChild(item);
    });
    box.appendChild(list);
    var preview = document.createElement("p");
    preview.className = "comment-preview";
    (data.segments || []).forEach(function (segment) {
      if (segment.kind) {
        var mark = document.createElement("mark");
        mark.className = "comment-mark";
        mark.setAttribute("data-kind", segment.kind);
        mark.textContent = segment.text;
        preview.appendChild(mark);
      } else {
        preview.appendChild(document.createTextNode(segment.text));
      }
    });
    box.appendChild(preview);
    box.hidden = false;
  }

  function check() {
    var text = textarea.value.trim();
    if (text.length < 2) {
      render({});
      return;
    }
    var ticket = ++latest;
    var body = new FormData();
    body.append("text", text);
    body.append("csrfmiddlewaretoken", form.querySelector("input[name=csrfmiddlewaretoken]").value);
    fetch(form.getAttribute("data-check-url"), {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-Requested-With": "fetch" },
    })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (data) {
        if (!data || ticket !== latest) return; // an older answer arriving late
        render(data);
        // The child has now seen the warnings for this exact text; sending needs no extra step.
        if (checked && data.checked) checked.value = data.checked;
        question = data.question || "";
      })
      .catch(function () {
        /* offline or server busy: the server still checks when the form is sent */
      });
  }

  // Personal information: ask once more in place (the server asks too, without this file).
  function ask(fingerprint) {
    var old = form.querySelector(".comment-form__confirm");
    if (old) old.remove();
    var panel = document.createElement("div");
    panel.className = "comment-form__confirm";
    panel.setAttribute("role", "alert");
    var text = document.createElement("p");
    var strong = document.createElement("strong");
    strong.textContent = question;
    text.appendChild(strong);
    panel.appendChild(text);
    var change = document.createElement("button");
    change.type = "button";
    change.className = "button--secondary";
    change.textContent = "Change it";
    change.addEventListener("click", function () {
      panel.remove();
      textarea.focus();
    });
    var send = document.createElement("button");
    send.type = "submit";
    send.name = "confirm";
    send.value = fingerprint;
    send.textContent = "Send anyway";
    var actions = document.createElement("div");
    actions.className = "comment-form__actions";
    actions.appendChild(change);
    actions.appendChild(send);
    panel.appendChild(actions);
    form.appendChild(panel);
    send.focus();
  }

  form.addEventListener("submit", function (event) {
    var by = event.submitter;
    if (by && (by.name === "confirm" || by.value === "check")) return;
    if (question && checked && checked.value) {
      event.preventDefault();
      ask(checked.value);
    }
  });

  textarea.addEventListener("input", function () {
    question = "";
    var old = form.querySelector(".comment-form__confirm");
    if (old) old.remove();
    clearTimeout(timer);
    timer = setTimeout(check, 400);
  });
})();
