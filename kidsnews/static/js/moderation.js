// Keyboard shortcuts for the moderators' queue: j/k move, a approve, r reject, x select.
(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll(".kn-queue__item"));
  if (!items.length) return;
  var current = -1;

  function focus(index) {
    if (index < 0 || index >= items.length) return;
    current = index;
    items[current].focus();
    items[current].scrollIntoView({ block: "nearest" });
  }

  function click(selector) {
    if (current < 0) return;
    var button = items[current].querySelector(selector);
    if (button && !button.disabled) button.click();
  }

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
    if (event.key === "j") focus(current + 1);
    else if (event.key === "k") focus(Math.max(current - 1, 0));
    else if (event.key === "a") click(".kn-approve");
    else if (event.key === "r") click(".kn-reject");
    else if (event.key === "x" && current >= 0) {
      var box = items[current].querySelector("input[type=checkbox]");
      if (box) box.checked = !box.checked;
    } else return;
    event.preventDefault();
  });
})();
