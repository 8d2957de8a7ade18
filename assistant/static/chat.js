// The conversation's behaviour in the page (run by Gradio as the js_on_load of #chat, with
// `element`, `trigger` and `watch`). Sources open in place; buttons in an answer ask the server
// (trigger) or act here (print); a new answer is scrolled to its start and the input focused;
// inside an iframe the page tells the host its height (see /widget/resize.js).
const app = element.closest(".gradio-container") || document.body;
const framed = window.parent !== window;
const compact = !!app.querySelector(".cq-compact");
const opened = new Set();
let answers = 0;
let turns = 0;

const input = () => app.querySelector("#question textarea, #question input");
const focusInput = () => { const box = input(); if (box) box.focus({ preventScroll: true }); };
const logRoot = () => element.querySelector(".cq-log");

// --- the iframe's height, for the host page ---------------------------------------------------
function contentHeight() {
  const main = app.querySelector("#cq-app") || app;
  const box = main.getBoundingClientRect();
  const style = getComputedStyle(app);
  return Math.ceil(box.bottom + window.scrollY + parseFloat(style.paddingBottom || "0") + 8);
}
let posted = 0;
function postHeight() {
  if (!framed) return;
  const height = contentHeight();
  if (Math.abs(height - posted) < 2) return;
  posted = height;
  window.parent.postMessage({ type: "cartqa:height", height }, "*");
}
function reveal(target) {
  // A new answer is shown from its start, not its end.
  if (!target) return;
  if (framed) {
    const top = Math.max(0, Math.floor(target.getBoundingClientRect().top + window.scrollY - 8));
    window.parent.postMessage({ type: "cartqa:scroll", top }, "*");
  } else {
    target.scrollIntoView({ block: "start", behavior: "auto" });
  }
}
if (framed && window.ResizeObserver) {
  new ResizeObserver(postHeight).observe(app.querySelector("#cq-app") || app);
}
window.addEventListener("load", postHeight);

// --- sources: a chip opens its own answer's passage, in place ---------------------------------
function openSource(chip) {
  const box = element.querySelector("#" + CSS.escape(chip.dataset.src));
  if (!box) return;
  const n = chip.textContent.replace(/\D/g, "");
  const closing = box.open && box.dataset.n === n;
  box.open = !closing;
  box.dataset.n = closing ? "" : n;
  box.querySelectorAll("mark").forEach((mark) => mark.classList.toggle("cq-focus", !closing && mark.dataset.n === n));
  if (!closing) box.scrollIntoView({ block: "nearest", behavior: "auto" });
}
element.addEventListener("toggle", (event) => {
  const box = event.target;
  if (!box.matches || !box.matches("details.cq-src")) return;
  if (box.open) opened.add(box.id); else opened.delete(box.id);
  element.querySelectorAll(`.cq-chip[data-src="${box.id}"]`).forEach((chip) => chip.setAttribute("aria-expanded", String(box.open)));
  postHeight();
}, true);

// --- buttons in the conversation ----------------------------------------------------------------
element.addEventListener("click", (event) => {
  const chip = event.target.closest(".cq-chip[data-src]");
  if (chip) { openSource(chip); return; }
  const button = event.target.closest("button[data-act]");
  if (!button || button.disabled) return;
  const act = button.dataset.act;
  if (act === "print") { printSheet(button); return; }
  if (logRoot() && logRoot().getAttribute("aria-busy") === "true") return; // one question at a time
  const data = { act };
  if (act === "ask") data.text = button.textContent.trim();
  else data.turn = Number(button.dataset.turn);
  trigger("click", data);
});

// --- after each redraw ----------------------------------------------------------------------
watch("value", () => {
  const log = logRoot();
  if (!log) return;
  const nowAnswers = Number(log.dataset.answers || 0);
  const nowTurns = Number(log.dataset.turns || 0);
  const busy = log.getAttribute("aria-busy") === "true";
  if (nowTurns === 0) opened.clear();
  opened.forEach((id) => { const box = element.querySelector("#" + CSS.escape(id)); if (box) box.open = true; });
  const last = log.querySelector(".cq-turn:last-of-type");
  if (busy && nowTurns > turns) reveal(last);
  if (!busy && nowAnswers > answers) { reveal(last); focusInput(); }
  if (nowTurns === 0 && turns > 0) { reveal(app.querySelector("#cq-app")); focusInput(); }
  answers = nowAnswers;
  turns = nowTurns;
  requestAnimationFrame(postHeight);
});

// --- a clean page to print or save for a doctor -----------------------------------------------------
function text(node) { return node ? node.textContent.replace(/\s+/g, " ").trim() : ""; }
function add(parent, tag, content, cls) {
  const node = document.createElement(tag);
  if (content) node.textContent = content;
  if (cls) node.className = cls;
  parent.appendChild(node);
  return node;
}
function plain(node) {
  // A copy without the page's buttons and hidden helper text: chips become [n].
  const copy = node.cloneNode(true);
  copy.querySelectorAll(".cq-chip").forEach((chip) => chip.replaceWith(`[${chip.textContent.replace(/\D/g, "")}]`));
  copy.querySelectorAll(".cq-sr, button").forEach((extra) => extra.remove());
  return copy;
}
const SHEET_CSS = `
.cq-print-sheet{position:fixed;inset:0;z-index:2147483000;overflow:auto;background:#fff;color:#111827;
  font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;padding:16px}
.cq-print-sheet .cq-print-page{max-width:44rem;margin:0 auto}
.cq-print-sheet h1{font-size:1.35rem;margin:.25rem 0 .25rem}.cq-print-sheet h2{font-size:1.1rem;margin:1.25rem 0 .35rem}
.cq-print-sheet p{margin:.35rem 0}.cq-print-sheet .cq-print-meta{color:#374151;font-size:.95rem}
.cq-print-sheet blockquote{margin:.35rem 0 .9rem;padding:.35rem .75rem;border-left:3px solid #4b5563;background:#f9fafb}
.cq-print-sheet mark{background:#fde68a;color:#111827}.cq-print-sheet dt{font-weight:700}.cq-print-sheet dd{margin:0 0 .5rem}
.cq-print-sheet ul{padding-left:1.25rem}
.cq-print-bar{display:flex;gap:12px;flex-wrap:wrap;margin:0 0 12px}
.cq-print-bar button{min-height:48px;padding:0 18px;border-radius:10px;font:inherit;font-weight:600;cursor:pointer;
  border:2px solid #1d4ed8;background:#fff;color:#1d4ed8}
.cq-print-bar .cq-print-go{background:#1d4ed8;color:#fff}
.cq-print-bar button:focus-visible{outline:3px solid #111827;outline-offset:2px}
@media print{html.cq-printing body>*:not(.cq-print-sheet){display:none!important}
  .cq-print-sheet{position:static;overflow:visible;padding:0}.cq-print-bar{display:none}}`;

function printSheet(button) {
  const turn = button.closest(".cq-turn");
  if (!turn) return;
  const sheet = document.createElement("div");
  sheet.className = "cq-print-sheet";
  sheet.setAttribute("role", "dialog");
  sheet.setAttribute("aria-modal", "true");
  sheet.setAttribute("aria-labelledby", "cq-print-title");
  add(sheet, "style", SHEET_CSS);
  const page = add(sheet, "div", "", "cq-print-page");
  const bar = add(page, "div", "", "cq-print-bar");
  const go = add(bar, "button", "Print or save as PDF", "cq-print-go");
  const back = add(bar, "button", "Back to the chat", "cq-print-back");
  go.type = back.type = "button";
  add(page, "h1", "Notes for my doctor", "").id = "cq-print-title";
  add(page, "p", `${text(app.querySelector(".cq-title"))} · ${new Date().toLocaleDateString()}`, "cq-print-meta");
  add(page, "h2", "My question");
  add(page, "p", text(turn.querySelector(".cq-q-text")), "cq-print-question");
  add(page, "h2", "The answer");
  const body = turn.querySelector(".cq-body, .cq-alert-body");
  if (body) page.appendChild(plain(body)).classList.add("cq-print-answer");
  const sources = turn.querySelectorAll("details.cq-src");
  if (sources.length) {
    add(page, "h2", "Sources in the study");
    sources.forEach((box) => {
      add(page, "p", `${text(box.querySelector(".cq-nums"))} ${text(box.querySelector(".cq-where"))}`, "cq-print-where");
      const quote = box.querySelector("blockquote");
      if (quote) page.appendChild(plain(quote));
    });
  }
  turn.querySelectorAll(".cq-notes").forEach((notes) => {
    add(page, "h2", text(notes.querySelector(".cq-h")));
    const list = notes.querySelector("dl");
    if (list) page.appendChild(plain(list));
  });
  const reference = app.querySelector(".cq-ref");
  if (reference) add(page, "p", text(reference), "cq-print-ref");
  add(page, "p", text(app.querySelector(".cq-note")), "cq-print-note");
  const close = () => {
    sheet.remove();
    document.documentElement.classList.remove("cq-printing");
    button.focus({ preventScroll: true });
  };
  go.addEventListener("click", () => window.print());
  back.addEventListener("click", close);
  sheet.addEventListener("keydown", (event) => { if (event.key === "Escape") close(); });
  document.documentElement.classList.add("cq-printing");
  document.body.appendChild(sheet);
  reveal(sheet);
  go.focus({ preventScroll: true });
}

// --- a lost connection: our words, not Gradio's toast (hidden by chat.css) ------------------------
const LOST = "We can't reach the server right now. Check your connection and try again: your chat is still here.";
function notice(text) {
  const region = app.querySelector("#status [role=status]") || app.querySelector("#status");
  if (!region) return;
  const line = document.createElement("p");
  line.className = "cq-notice";
  line.textContent = text;
  region.replaceChildren(line);
}
new MutationObserver((changes) => {
  for (const change of changes) {
    for (const node of change.addedNodes) {
      if (!(node instanceof Element) || !(node.matches(".toast-item, .toast-body") || node.querySelector(".toast-body"))) continue;
      notice(LOST);
      const waiting = element.querySelector(".cq-pending .cq-wait");
      if (waiting) waiting.textContent = "Not answered: the server could not be reached.";
      const log = logRoot();
      if (log) log.setAttribute("aria-busy", "false");
    }
  }
}).observe(app, { childList: true, subtree: true });

// --- on load ----------------------------------------------------------------------------------
// A desktop opens ready to type; a phone does not (its keyboard would cover the page).
if (!compact && window.matchMedia && window.matchMedia("(pointer: fine)").matches) {
  let tries = 0;
  const focusWhenReady = () => { if (input()) focusInput(); else if (tries++ < 40) setTimeout(focusWhenReady, 50); };
  focusWhenReady();
}
