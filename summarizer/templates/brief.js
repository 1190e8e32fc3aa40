(function () {
  "use strict";
  var lastLink = null;

  function unmark() {
    Array.prototype.forEach.call(document.querySelectorAll("mark.hit"), function (m) {
      var parent = m.parentNode;
      while (m.firstChild) parent.insertBefore(m.firstChild, m);
      parent.removeChild(m);
    });
    Array.prototype.forEach.call(document.querySelectorAll(".back"), function (b) { b.remove(); });
    Array.prototype.forEach.call(document.querySelectorAll(".cite[aria-current]"), function (a) {
      a.removeAttribute("aria-current");
    });
    Array.prototype.forEach.call(document.querySelectorAll(".sentence.active"), function (s) {
      s.classList.remove("active");
    });
  }

  // The server split each source at every citation boundary, so a citation's span
  // text[start:end] is a run of whole segments: wrap that run in one <mark>.
  function show(link) {
    var text = document.getElementById(link.getAttribute("data-src") + "-text");
    if (!text) return false;
    var start = +link.getAttribute("data-start"), end = +link.getAttribute("data-end");
    var segs = Array.prototype.filter.call(text.querySelectorAll("span[data-s]"), function (x) {
      return +x.getAttribute("data-s") >= start && +x.getAttribute("data-e") <= end;
    });
    if (!segs.length) return false;
    unmark();
    var mark = document.createElement("mark");
    mark.className = "hit";
    mark.tabIndex = -1;
    segs[0].parentNode.insertBefore(mark, segs[0]);
    segs.forEach(function (x) { mark.appendChild(x); });
    var back = document.createElement("a");
    back.className = "back";
    back.href = "#";
    back.textContent = "\u21a9 back";
    back.setAttribute("aria-label", "Back to the cited sentence");
    mark.parentNode.insertBefore(back, mark.nextSibling);
    var details = text.closest("details");
    if (details) details.open = true;
    link.setAttribute("aria-current", "true");
    var sentence = link.previousElementSibling;
    while (sentence && !sentence.classList.contains("sentence")) sentence = sentence.previousElementSibling;
    if (sentence) sentence.classList.add("active");
    lastLink = link;
    mark.scrollIntoView({ block: "center", inline: "nearest" });
    mark.focus({ preventScroll: true });
    return true;
  }

  document.addEventListener("click", function (ev) {
    var back = ev.target.closest && ev.target.closest("a.back");
    if (back) {
      ev.preventDefault();
      if (lastLink) {
        lastLink.scrollIntoView({ block: "center" });
        lastLink.focus({ preventScroll: true });
      }
      return;
    }
    var link = ev.target.closest && ev.target.closest("a.cite");
    if (link && show(link)) ev.preventDefault();
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && lastLink && document.activeElement &&
        document.activeElement.closest("#sources")) {
      lastLink.focus();
    }
  });
})();
