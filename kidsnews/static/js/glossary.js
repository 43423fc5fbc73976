// Tap a glossary word, read its meaning right there. Progressive enhancement only: without
// this file each marked word is a link to its meaning in "Words in this story" at the end of
// the story, with a link back. With it, the meaning (and picture) opens in a small popover
// next to the word, in the top layer, so nothing on the page moves. Escape, a tap outside or
// "Close" closes it and the focus goes back to the word.
(function () {
  "use strict";
  var words = document.querySelectorAll("a.glossary-word");
  if (!words.length) return;
  var probe = document.createElement("div");
  if (typeof probe.showPopover !== "function") return; // the plain links still work

  var pop = document.createElement("div");
  pop.className = "glossary-pop";
  pop.id = "glossary-pop";
  pop.setAttribute("popover", "auto");
  pop.setAttribute("role", "dialog");
  pop.setAttribute("aria-labelledby", "glossary-pop-word");
  var title = document.createElement("p");
  title.className = "glossary-pop__word";
  title.id = "glossary-pop-word";
  var body = document.createElement("div");
  body.className = "glossary-pop__meaning";
  var close = document.createElement("button");
  close.type = "button";
  close.className = "glossary-pop__close button";
  close.textContent = "Close";
  pop.appendChild(title);
  pop.appendChild(body);
  pop.appendChild(close);
  document.body.appendChild(pop);

  var opener = null;
  close.addEventListener("click", function () {
    pop.hidePopover();
  });
  pop.addEventListener("toggle", function (event) {
    if (event.newState === "closed" && opener) {
      opener.setAttribute("aria-expanded", "false");
      opener.focus();
      opener = null;
    }
  });

  function place(word) {
    var rect = word.getBoundingClientRect();
    var width = pop.offsetWidth;
    var left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    var top = rect.bottom + 6;
    if (top + pop.offsetHeight > window.innerHeight - 8) {
      top = Math.max(8, rect.top - pop.offsetHeight - 6);
    }
    pop.style.left = left + "px";
    pop.style.top = top + "px";
  }

  function open(word) {
    var id = word.getAttribute("href").slice(1);
    var entry = document.getElementById(id);
    if (!entry) return false;
    var meaning = entry.querySelector("dd");
    var name = entry.querySelector("dt");
    title.textContent = name ? name.textContent : word.textContent;
    body.textContent = "";
    var picture = meaning.querySelector("img");
    if (picture) body.appendChild(picture.cloneNode(false));
    var text = document.createElement("p");
    text.textContent = document.getElementById(word.getAttribute("aria-describedby")).textContent;
    body.appendChild(text);
    if (pop.matches(":popover-open")) pop.hidePopover();
    opener = word;
    word.setAttribute("aria-expanded", "true");
    pop.showPopover();
    place(word);
    close.focus();
    return true;
  }

  Array.prototype.forEach.call(words, function (word) {
    word.setAttribute("aria-haspopup", "dialog");
    word.setAttribute("aria-expanded", "false");
    word.addEventListener("click", function (event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (open(word)) event.preventDefault();
    });
  });
})();
