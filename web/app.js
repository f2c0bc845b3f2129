// kubequery chat UI: plain JS, no build step, no third-party code (clusters often have no internet).
// Every value from the server is put on the page with textContent, never as HTML.
"use strict";

const TOKEN_KEY = "kubequery.token";
const NUMERIC_TYPE = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|U\w*INT|FLOAT|REAL|DOUBLE|DECIMAL|NUMERIC)/i;

const state = {
  conversationId: null, // from the last answer; sent with the next question so follow-ups work
  answer: null, // the answer on screen: {question, sql, columns, types, rows, row_count, ...}
  sort: null, // {index, dir: 1 | -1}; rows are sorted on a copy, the server's order is kept
  busy: false,
};

const $ = (id) => document.getElementById(id);

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

// ---- talking to the API ----

class ApiError extends Error {
  constructor(status, body) {
    const err = (body && body.error) || {};
    super(err.message || `request failed (HTTP ${status})`);
    this.status = status;
    this.kind = err.kind || (status === 401 ? "unauthorized" : "error");
    this.hint = err.hint || (status === 401 ? "enter a valid API token at the top of the page" : "");
  }
}

async function api(path, body) {
  const headers = { Accept: "application/json" };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response;
  try {
    response = await fetch(path, {
      method: body === undefined ? "GET" : "POST",
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch (e) {
    throw new ApiError(0, { error: { kind: "network", message: `cannot reach the server: ${e.message}`,
                                      hint: "check that kq serve is running and reachable" } });
  }
  let data = null;
  try {
    data = await response.json();
  } catch (e) {
    data = null; // an HTML error page from a proxy, say: reported by status below
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

// ---- asking ----

// Returns whether an answer came back.
async function send(path, body, busyText) {
  if (state.busy) return false;
  setBusy(true, busyText);
  showError(null);
  try {
    const answer = await api(path, body);
    archiveCurrent();
    if (answer.conversation_id) state.conversationId = answer.conversation_id;
    showAnswer(answer);
    $("status").textContent = `${answer.row_count} ${answer.row_count === 1 ? "row" : "rows"}`;
    return true;
  } catch (e) {
    showError(e);
    $("status").textContent = "";
    return false;
  } finally {
    setBusy(false);
  }
}

function ask() {
  const question = $("question").value.trim();
  if (!question) {
    $("question").focus();
    return;
  }
  const body = { question };
  const namespace = $("namespace").value.trim();
  if (namespace) body.namespace = namespace;
  if (state.conversationId) body.conversation_id = state.conversationId;
  send("api/ask", body, "Asking…").then((answered) => {
    if (answered) $("question").value = ""; // ready for the follow-up; a failed question stays to fix
  });
}

function runSql() {
  const sql = $("sql").value.trim();
  if (!sql) {
    $("sql").focus();
    return;
  }
  const body = { sql };
  if (state.conversationId) body.conversation_id = state.conversationId;
  send("api/sql", body, "Running…");
}

function setBusy(busy, text) {
  state.busy = busy;
  for (const id of ["ask", "run-sql"]) $(id).disabled = busy;
  $("answer").setAttribute("aria-busy", String(busy));
  if (busy) $("status").textContent = text || "Working…";
}

// ---- showing an answer ----

function showAnswer(answer) {
  state.answer = answer;
  state.sort = null;
  $("sql").value = answer.sql || "";
  fitSql();
  $("current-question").textContent = answer.translator ? answer.question : "";
  $("current-question").hidden = !answer.translator; // SQL run as-is has no question to repeat

  const t = answer.translator;
  let about = "";
  if (t) {
    about = `by ${t.name}`;
    if (typeof t.confidence === "number") about += ` · confidence ${Math.round(t.confidence * 100)}%`;
    if (t.repairs) about += ` · ${t.repairs} ${t.repairs === 1 ? "repair" : "repairs"}`;
    if (t.message) about += ` · ${t.message}`;
  }
  $("translator").textContent = about;

  $("plan").textContent = answer.plan || "";
  $("plan-details").hidden = !answer.plan;

  const n = answer.row_count;
  $("summary").textContent = `${n} ${n === 1 ? "row" : "rows"}`;
  $("truncated").hidden = !answer.truncated;
  $("truncated").textContent = answer.truncated
    ? `Truncated: only the first ${answer.rows.length} rows are shown. Narrow the query or add a LIMIT.`
    : "";

  const warnings = $("warnings");
  warnings.replaceChildren(...(answer.warnings || []).map((w) => el("li", w)));
  warnings.hidden = !(answer.warnings || []).length;

  // Where the answer came from and what it cost, next to the row count.
  const origin = [answer.source, answer.objects_fetched != null ? `${answer.objects_fetched} objects` : ""];
  $("timings").textContent = [...origin, formatTimings(answer.timings)].filter(Boolean).join(" · ");
  renderTable();
  $("answer").hidden = false;
}

function formatTimings(timings) {
  // The server's stages, in its order and with its names (its "total" is the query's).
  return Object.entries(timings || {})
    .map(([stage, s]) => `${stage} ${formatSeconds(s)}`)
    .join(" · ");
}

function formatSeconds(s) {
  return s < 1 ? `${Math.round(s * 1000)} ms` : `${s.toFixed(2)} s`;
}

function display(value) {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value); // maps and lists (labels, containers)
  return String(value);
}

function isNumericColumn(index) {
  const type = (state.answer.types || [])[index] || "";
  return NUMERIC_TYPE.test(type);
}

function renderTable() {
  const { columns, rows } = state.answer;
  const headRow = el("tr");
  columns.forEach((name, i) => {
    const th = el("th");
    th.scope = "col";
    if (isNumericColumn(i)) th.className = "num";
    const sorted = state.sort && state.sort.index === i;
    th.setAttribute("aria-sort", sorted ? (state.sort.dir > 0 ? "ascending" : "descending") : "none");
    // A button inside the header makes sorting reachable by Tab and Enter/Space.
    const button = el("button", name, "sort");
    button.type = "button";
    button.dataset.index = String(i);
    button.title = `Sort by ${name}`;
    button.append(el("span", sorted ? (state.sort.dir > 0 ? " ▲" : " ▼") : "", "arrow"));
    th.append(button);
    headRow.append(th);
  });
  $("result").tHead.replaceChildren(headRow);

  const body = document.createDocumentFragment();
  for (const row of sortedRows()) {
    const tr = el("tr");
    row.forEach((value, i) => {
      const td = el("td", display(value));
      if (value === null || value === undefined) td.className = "null";
      else if (isNumericColumn(i)) td.className = "num";
      tr.append(td);
    });
    body.append(tr);
  }
  $("result").tBodies[0].replaceChildren(body);
  if (!rows.length) {
    const tr = el("tr");
    const td = el("td", "No rows.", "empty");
    td.colSpan = Math.max(columns.length, 1);
    tr.append(td);
    $("result").tBodies[0].append(tr);
  }
}

function sortedRows() {
  const rows = state.answer.rows;
  if (!state.sort) return rows;
  const { index, dir } = state.sort;
  // Stable sort on a copy; empty values always last, whichever the direction.
  return rows
    .map((row, position) => ({ row, position }))
    .sort((a, b) => {
      const x = a.row[index];
      const y = b.row[index];
      const xEmpty = x === null || x === undefined;
      const yEmpty = y === null || y === undefined;
      if (xEmpty || yEmpty) return xEmpty === yEmpty ? a.position - b.position : xEmpty ? 1 : -1;
      return dir * compareValues(x, y) || a.position - b.position;
    })
    .map((item) => item.row);
}

// Numbers compare as numbers, text in natural order ("pod-2" before "pod-10").
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

function compareValues(x, y) {
  const nx = typeof x === "number" ? x : numberOrNaN(x);
  const ny = typeof y === "number" ? y : numberOrNaN(y);
  if (!Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
  if (typeof x === "boolean" && typeof y === "boolean") return Number(x) - Number(y);
  return collator.compare(display(x), display(y));
}

function numberOrNaN(value) {
  return typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
}

function sortBy(index) {
  const same = state.sort && state.sort.index === index;
  state.sort = { index, dir: same ? -state.sort.dir : 1 };
  renderTable();
  // Re-rendering replaced the header; keep keyboard focus where it was.
  $("result").tHead.querySelector(`button[data-index="${index}"]`).focus();
}

// Grow the SQL box with its text (up to a limit) so a long query is readable without scrolling.
function fitSql() {
  const box = $("sql");
  box.style.height = "auto";
  box.style.height = `${Math.min(box.scrollHeight + 2, 320)}px`;
}

// ---- CSV download (built here: the answer is already in the page) ----

function csvField(value) {
  const text = display(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toCsv(columns, rows) {
  return [columns, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function downloadCsv() {
  if (!state.answer) return;
  const csv = toCsv(state.answer.columns, sortedRows()); // what the table shows, in its order
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const link = el("a");
  link.href = url;
  link.download = "kubequery-answer.csv";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ---- transcript, errors, conversation ----

function archiveCurrent() {
  const a = state.answer;
  if (!a) return;
  const item = el("li", null, "turn");
  item.append(el("p", a.translator ? a.question : "SQL run as written", "turn-question"));
  item.append(el("code", a.sql, "turn-sql"));
  const foot = el("div", null, "turn-foot");
  foot.append(el("span", `${a.row_count} ${a.row_count === 1 ? "row" : "rows"}`, "muted"));
  const reuse = el("button", "Edit this SQL", "link");
  reuse.type = "button";
  reuse.addEventListener("click", () => {
    $("sql").value = a.sql;
    fitSql();
    $("sql").focus();
  });
  foot.append(reuse);
  item.append(foot);
  $("transcript").append(item);
  $("transcript-section").hidden = false;
}

function showError(error) {
  const box = $("error");
  if (!error) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const kind = error.kind ? `${error.kind}: ` : "";
  const message = el("p", null, "error-message");
  message.append(el("strong", kind), document.createTextNode(error.message));
  box.replaceChildren(message);
  if (error.hint) box.append(el("p", `Hint: ${error.hint}`, "error-hint"));
  box.hidden = false;
  // The answer, plan and question on screen no longer match what was asked; hide them rather than mislead.
  $("answer").hidden = true;
  $("plan-details").hidden = true;
  $("current-question").hidden = true;
  $("translator").textContent = "";
  if (error.status === 401) $("token").focus();
}

function newConversation() {
  state.conversationId = null;
  state.answer = null;
  state.sort = null;
  $("transcript").replaceChildren();
  $("transcript-section").hidden = true;
  $("answer").hidden = true;
  $("plan-details").hidden = true;
  $("translator").textContent = "";
  $("sql").value = "";
  fitSql();
  $("current-question").hidden = true;
  $("status").textContent = "New conversation.";
  showError(null);
  $("question").focus();
}

// ---- wiring ----

document.addEventListener("DOMContentLoaded", () => {
  const token = $("token");
  token.value = sessionStorage.getItem(TOKEN_KEY) || "";
  token.addEventListener("input", () => {
    const value = token.value.trim();
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
  });
  $("token-form").addEventListener("submit", (e) => {
    e.preventDefault();
    $("question").focus();
  });

  $("ask-form").addEventListener("submit", (e) => {
    e.preventDefault(); // Enter in the question box submits the form: ask over fetch instead
    ask();
  });
  $("run-sql").addEventListener("click", runSql);
  $("sql").addEventListener("input", fitSql);
  $("sql").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      runSql();
    }
  });
  $("result").tHead.addEventListener("click", (e) => {
    const button = e.target.closest("button.sort");
    if (button) sortBy(Number(button.dataset.index));
  });
  $("download").addEventListener("click", downloadCsv);
  $("new-conversation").addEventListener("click", newConversation);
});
