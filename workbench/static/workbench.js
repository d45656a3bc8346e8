// lkj review: the keyboard and the writes of the workbench. Bundled with the app; it loads
// nothing else. Every write sends the page's CSRF token (meta[name=csrf]) in X-CSRF-Token.
"use strict";

const csrf = () => document.querySelector('meta[name="csrf"]').content;

function say(text, failed) {
  const line = document.getElementById("pesan");
  line.textContent = text;
  line.className = failed ? "galat" : "";
}

async function post(url, body) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf() },
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
  let answer = {};
  try { answer = await response.json(); } catch (error) { answer = {}; }
  if (response.status === 401 && answer.lanjut) {
    window.location.assign(answer.lanjut + "?lanjut=" + encodeURIComponent(window.location.pathname + window.location.search));
    return null;
  }
  if (!response.ok) {
    say(answer.galat || ("Gagal menyimpan (" + response.status + ")"), true);
    return null;
  }
  return answer;
}

function goOn(next) {
  // The last item of a filtered queue leads back to that queue, which now says it is empty.
  window.location.assign(next || "/antrean" + window.location.search);
}

function typing(event) {
  const tag = event.target.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT";
}

function moveKeys(event) {
  if (event.key === "ArrowRight" || event.key === "ArrowDown") {
    const next = document.getElementById("berikutnya");
    if (next) { event.preventDefault(); next.click(); }
    return true;
  }
  if (event.key === "ArrowLeft" || event.key === "ArrowUp") {
    const before = document.getElementById("sebelumnya");
    if (before) { event.preventDefault(); before.click(); }
    return true;
  }
  return false;
}

function valuePage() {
  const panel = document.getElementById("putusan");
  const form = document.getElementById("form-koreksi");
  const decide = async (keputusan, nilai) => {
    const answer = await post("/api/nilai", {
      report_id: panel.dataset.report, review_no: Number(panel.dataset.review), keputusan, nilai,
    });
    if (answer) { say("Tersimpan."); goOn(panel.dataset.berikutnya); }
  };
  const openForm = () => {
    form.hidden = false;
    const first = form.querySelector("input");
    first.focus();
    first.select();
  };
  const fields = () => {
    const nilai = {};
    for (const input of form.querySelectorAll("input")) {
      nilai[input.name] = input.type === "checkbox" ? (input.checked ? "pending" : "") : input.value;
    }
    return nilai;
  };
  document.getElementById("terima").addEventListener("click", () => decide("diterima"));
  document.getElementById("tak-terbaca").addEventListener("click", () => decide("tidak_terbaca"));
  document.getElementById("koreksi").addEventListener("click", openForm);
  form.addEventListener("submit", (event) => { event.preventDefault(); decide("dikoreksi", fields()); });
  form.addEventListener("keydown", (event) => {
    if (event.key === "Escape") { event.preventDefault(); form.hidden = true; document.activeElement.blur(); }
  });
  document.addEventListener("keydown", (event) => {
    if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (moveKeys(event)) return;
    if (event.key === "Enter") { event.preventDefault(); decide("diterima"); }
    else if (event.key === "k" || event.key === "K") { event.preventDefault(); openForm(); }
    else if (event.key === "t" || event.key === "T") { event.preventDefault(); decide("tidak_terbaca"); }
  });
}

function findingPage() {
  const panel = document.getElementById("putusan-temuan");
  const form = document.getElementById("form-tolak");
  const note = form.querySelector("textarea");
  const decide = async (keputusan, catatan) => {
    const answer = await post("/api/temuan", { kunci: panel.dataset.kunci, keputusan, catatan });
    if (answer) { say("Tersimpan."); goOn(panel.dataset.berikutnya); }
  };
  const openForm = () => { form.hidden = false; note.focus(); };
  document.getElementById("terima-temuan").addEventListener("click", () => decide("diterima"));
  document.getElementById("tolak").addEventListener("click", openForm);
  form.addEventListener("submit", (event) => { event.preventDefault(); decide("ditolak", note.value); });
  note.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); form.requestSubmit(); }
    if (event.key === "Escape") { event.preventDefault(); form.hidden = true; note.blur(); }
  });
  document.addEventListener("keydown", (event) => {
    if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (moveKeys(event)) return;
    if (event.key === "Enter") { event.preventDefault(); decide("diterima"); }
    else if (event.key === "d" || event.key === "D") { event.preventDefault(); openForm(); }
  });
}

function queuePage() {
  document.addEventListener("keydown", (event) => {
    if (typing(event)) return;
    const first = document.getElementById("mulai");
    if (event.key === "Enter" && first) { event.preventDefault(); first.click(); }
  });
}

function namePage() {
  const form = document.getElementById("form-nama");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const answer = await post("/nama", { nama: document.getElementById("nama").value, lanjut: form.dataset.lanjut });
    if (answer) goOn(answer.lanjut);
  });
  document.getElementById("nama").focus();
}

const pages = { nilai: valuePage, temuan: findingPage, antrean: queuePage, nama: namePage };
const setUp = pages[document.body.dataset.halaman];
if (setUp) setUp();
document.body.dataset.siap = "1";  // the keys are listened to from here on
