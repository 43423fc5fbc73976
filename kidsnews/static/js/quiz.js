// Quizzes, one question at a time. Without this file the form shows every question and is
// marked on the server's results page; with it, each answer is checked on the server as the
// child goes. Answers are never in the page: the server says what was right.
(function () {
  "use strict";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function button(label) {
    var node = el("button", "button", label);
    node.type = "button";
    return node;
  }

  function postJson(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "omit",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(body),
    }).then(function (response) {
      return response.json().then(function (data) {
        if (!response.ok) throw new Error(data.error || "Something went wrong. Please try again.");
        return data;
      });
    });
  }

  function picks(fieldset) {
    var checked = fieldset.querySelectorAll("input:checked");
    return Array.prototype.map.call(checked, function (input) { return input.value; });
  }

  function setUp(form) {
    var questions = Array.prototype.slice.call(form.querySelectorAll("[data-question]"));
    var submit = form.querySelector(".quiz__submit");
    var result = form.querySelector(".quiz__result");
    var answers = {};
    var current = 0;
    if (!questions.length) return;
    form.classList.add("quiz__form--stepped");
    submit.hidden = true;

    function show(index) {
      questions.forEach(function (fieldset, i) { fieldset.hidden = i !== index; });
      current = index;
      var first = questions[index].querySelector("input");
      if (first && index > 0) first.focus();
    }

    function showFeedback(fieldset, data) {
      var box = fieldset.querySelector(".quiz-question__feedback");
      box.textContent = "";
      box.appendChild(el("p", "quiz-feedback__verdict quiz-feedback__verdict--" +
        (data.correct ? "right" : "wrong"), data.correct ? "Right!" : "Not quite."));
      if (!data.correct) {
        box.appendChild(el("p", "", "The right answer: " + data.right_text + "."));
      }
      data.choice_explanations.forEach(function (text) {
        box.appendChild(el("p", "quiz-feedback__explanation", text));
      });
      if (data.explanation) box.appendChild(el("p", "quiz-feedback__explanation", data.explanation));
      if (data.percent_correct !== null && data.percent_correct !== undefined) {
        box.appendChild(el("p", "quiz-feedback__stat",
          data.percent_correct + "% of readers got this right."));
      }
      var inputs = fieldset.querySelectorAll("input");
      Array.prototype.forEach.call(inputs, function (input) { input.disabled = true; });
      var isLast = questions.indexOf(fieldset) === questions.length - 1;
      var next = button(isLast ? "See my score" : "Next question");
      next.addEventListener("click", function () {
        if (isLast) finish(); else show(current + 1);
      });
      box.appendChild(next);
      next.focus();
    }

    function finish() {
      questions.forEach(function (fieldset) { fieldset.hidden = true; });
      postJson(form.dataset.resultUrl, { answers: answers }).then(function (data) {
        result.textContent = "";
        var heading = el("h2", "quiz-band__title", data.band ? data.band.title : "Well played!");
        heading.tabIndex = -1;
        result.appendChild(heading);
        result.appendChild(el("p", "quiz-band__score",
          "You got " + data.score + " out of " + data.total + " right."));
        if (data.band && data.band.message) result.appendChild(el("p", "", data.band.message));
        var again = el("a", "", "Play again");
        again.href = window.location.pathname;
        result.appendChild(again);
        heading.focus();
      }).catch(function (error) {
        result.textContent = error.message;
      });
    }

    // Enter in a radio button would submit the whole form: check the current answer instead.
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var check = questions[current].querySelector(".quiz-question__check");
      if (check && !check.hidden && !check.disabled) check.click();
    });

    questions.forEach(function (fieldset) {
      var check = button("Check my answer");
      check.classList.add("quiz-question__check");
      var box = fieldset.querySelector(".quiz-question__feedback");
      fieldset.insertBefore(check, box);
      check.addEventListener("click", function () {
        var picked = picks(fieldset);
        if (!picked.length) {
          box.textContent = "Pick an answer first, then check it.";
          return;
        }
        check.disabled = true;
        postJson(form.dataset.checkUrl, { question: fieldset.dataset.question, answer: picked })
          .then(function (data) {
            answers[fieldset.dataset.question] = picked;
            check.hidden = true;
            showFeedback(fieldset, data);
          })
          .catch(function (error) {
            check.disabled = false;
            box.textContent = error.message;
          });
      });
    });
    show(0);
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[data-quiz]"), setUp);
})();
