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

// Redact by selecting: a selection inside a comment's text fills its redact form with the
// exact positions (and the words, for the moderator to see). Without JavaScript the moderator
// types the words and the server finds them. Typing in the box drops the positions.
(function () {
  "use strict";
  var forms = document.querySelectorAll("form.kn-redact");
  if (!forms.length || !window.getSelection) return;
  Array.prototype.forEach.call(forms, function (form) {
    var hint = form.querySelector(".kn-redact__hint");
    if (hint) hint.hidden = false;
    form.elements.words.addEventListener("input", function () {
      form.elements.start.value = "";
      form.elements.end.value = "";
    });
  });

  document.addEventListener("selectionchange", function () {
    var selection = window.getSelection();
    if (!selection.rangeCount || selection.isCollapsed) return;
    var range = selection.getRangeAt(0);
    var node = range.commonAncestorContainer;
    var element = node.nodeType === 1 ? node : node.parentElement;
    var text = element && element.closest(".kn-queue__text");
    if (!text || !text.id) return;
    var form = document.querySelector('form.kn-redact[data-text="' + text.id + '"]');
    if (!form) return;
    var before = document.createRange();
    before.selectNodeContents(text);
    before.setEnd(range.startContainer, range.startOffset);
    var start = before.toString().length;
    var words = range.toString();
    if (!words) return;
    form.elements.start.value = String(start);
    form.elements.end.value = String(start + words.length);
    form.elements.words.value = words;
  });
})();
