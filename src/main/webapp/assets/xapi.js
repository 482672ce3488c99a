// The xAPI admin page: the statements of the built-in LRS ("bản ghi xAPI", newest first, filtered, each row opening
// to its JSON), LRS credentials (create, change scope and rights, rotate once-shown secrets, deactivate), the
// completions that do not count, and forwarding to external LRSs.
"use strict";
App.ready(async () => {
  await Admin.start(["DISTRICT_ADMIN"]);
  const box = document.getElementById("error");
  const when = s => s ? new Date(s.endsWith("Z") ? s : s + "Z").toLocaleString(App.lang === "vi" ? "vi-VN" : "en-GB") : App.t("never");
  document.getElementById("endpoint").textContent = location.origin + "/xapi/";
  Admin.options(document.getElementById("c-read"), ["ALL", "OWN", "NONE"], false);

  const form = document.getElementById("new-credential");
  let editing = null; // the key being edited, or null when the form makes a new credential

  function scopeText(c) {
    return [App.t(c.read), c.write ? " + " + App.t("writes") : "", "; ",
      c.allSchools ? App.t("allSchools") : App.t("onlySchools", c.schools.join(", ")), "; ",
      App.t(c.completions ? "counts" : "notCounts"), c.voidOthers ? "; " + App.t("voidsOthers") : ""].join("");
  }
  async function credentials() {
    try {
      const list = await App.get("/api/xapi/credentials");
      document.getElementById("credentials").replaceChildren(...list.map(c => App.el("tr", {},
        App.el("td", {}, App.el("code", {}, c.key)), App.el("td", {}, c.label),
        App.el("td", {}, scopeText(c)),
        App.el("td", {}, App.el("span", { class: "badge " + (c.active ? "ok" : "bad") }, App.t(c.active ? "active" : "inactive"))),
        App.el("td", {}, when(c.createdAt)),
        App.el("td", {}, c.active ? [
          App.el("button", { type: "button", class: "secondary", onclick: () => edit(c) }, App.t("edit")), " ",
          App.el("button", { type: "button", class: "secondary", onclick: () => rotate(c.key) }, App.t("rotate")), " ",
          App.el("button", { type: "button", class: "danger", onclick: () => deactivate(c.key) }, App.t("deactivate"))] : null))));
    } catch (e) { App.showError(box, e); }
  }
  async function deactivate(key) {
    try { await App.post("/api/xapi/credentials/" + encodeURIComponent(key) + "/deactivation"); credentials(); } catch (e) { App.showError(box, e); }
  }
  async function rotate(key) {
    if (!confirm(App.t("rotateConfirm", key))) return;
    try {
      const c = await App.post("/api/xapi/credentials/" + encodeURIComponent(key) + "/secret");
      const issued = document.getElementById("issued");
      issued.hidden = false; issued.textContent = App.t("rotated", c.key, c.secret); box.hidden = true;
    } catch (e) { App.showError(box, e); }
  }
  function edit(c) {
    editing = c.key;
    document.getElementById("c-title").textContent = App.t("editCredential", c.key);
    document.getElementById("c-label").value = c.label;
    document.getElementById("c-read").value = c.read;
    document.getElementById("c-write").checked = c.write;
    document.getElementById("c-schools").value = c.allSchools ? "" : c.schools.join(", ");
    document.getElementById("c-completions").checked = c.completions;
    document.getElementById("c-void-others").checked = c.voidOthers;
    document.getElementById("c-submit").textContent = App.t("save");
    document.getElementById("c-cancel").hidden = false;
    document.getElementById("c-label").focus();
  }
  function stopEditing() {
    editing = null;
    form.reset();
    document.getElementById("c-title").textContent = App.t("newCredential");
    document.getElementById("c-submit").textContent = App.t("create");
    document.getElementById("c-cancel").hidden = true;
  }
  document.getElementById("c-cancel").addEventListener("click", stopEditing);
  form.addEventListener("submit", async ev => {
    ev.preventDefault();
    const codes = document.getElementById("c-schools").value.split(",").map(x => x.trim()).filter(x => x);
    const settings = { label: document.getElementById("c-label").value, write: document.getElementById("c-write").checked,
      read: document.getElementById("c-read").value, schools: codes.length ? codes : null,
      completions: document.getElementById("c-completions").checked, voidOthers: document.getElementById("c-void-others").checked };
    try {
      if (editing) {
        await App.put("/api/xapi/credentials/" + encodeURIComponent(editing), settings);
        stopEditing();
      } else {
        const c = await App.post("/api/xapi/credentials", settings);
        const issued = document.getElementById("issued");
        issued.hidden = false; issued.textContent = App.t("issued", c.key, c.secret);
      }
      box.hidden = true;
      credentials();
      uncounted();
    } catch (e) { App.showError(box, e); }
  });

  async function uncounted() {
    try {
      const rows = await App.get("/api/xapi/credentials/uncounted");
      document.getElementById("no-uncounted").hidden = rows.length > 0;
      document.getElementById("uncounted").replaceChildren(...rows.map(u => App.el("tr", {},
        App.el("td", {}, App.el("code", {}, u.statementId)), App.el("td", {}, App.el("code", {}, u.credentialKey), " ", u.credentialLabel),
        App.el("td", {}, u.schoolCode), App.el("td", {}, u.staffCode), App.el("td", {}, u.courseId), App.el("td", {}, when(u.completedAt)),
        App.el("td", {}, App.el("span", { class: "badge bad" }, App.t(u.reason))))));
    } catch (e) { App.showError(box, e); }
  }

  async function forwarding() {
    try {
      const targets = await App.get("/api/xapi/forwarding");
      document.getElementById("no-targets").hidden = targets.length > 0;
      document.getElementById("targets").replaceChildren(...targets.map(t => App.el("tr", {},
        App.el("th", { scope: "row" }, t.name, " ", t.configured ? App.el("small", {}, t.endpoint) : App.el("small", {}, App.t("notConfigured"))),
        App.el("td", { class: "num" }, App.number(t.pending)), App.el("td", { class: "num" }, App.number(t.parked)),
        App.el("td", { class: "num" }, App.number(t.delivered)), App.el("td", {}, when(t.lastSuccessAt)),
        App.el("td", {}, t.lastError ? [t.lastError, " (", when(t.lastErrorAt), ")", t.failures > 0 ? " — " + App.t("nextAttempt", when(t.nextAttemptAt)) : ""].join("") : "—"))));
      const parked = document.getElementById("parked");
      parked.replaceChildren();
      for (const t of targets.filter(x => x.parked > 0)) {
        const rows = await App.get("/api/xapi/forwarding/" + encodeURIComponent(t.name) + "/parked");
        parked.append(App.el("h3", {}, App.t("parkedOf", t.name)),
          App.el("p", {}, App.el("button", { type: "button", onclick: () => act("POST", t.name, "parked/retry") }, App.t("retryAll"))),
          App.el("div", { class: "table-wrap" }, App.el("table", {},
            App.el("thead", {}, App.el("tr", {}, App.el("th", { scope: "col" }, App.t("statement")), App.el("th", { scope: "col" }, App.t("reason")), App.el("th", { scope: "col" }, App.el("span", { class: "sr-only" }, App.t("actions"))))),
            App.el("tbody", {}, rows.map(p => App.el("tr", {}, App.el("td", {}, App.el("code", {}, p.statementId)), App.el("td", {}, p.reason),
              App.el("td", {}, App.el("button", { type: "button", class: "secondary", onclick: () => act("POST", t.name, "parked/" + p.statementId + "/retry") }, App.t("retry")), " ",
                App.el("button", { type: "button", class: "danger", onclick: () => act("DELETE", t.name, "parked/" + p.statementId) }, App.t("drop")))))))));
      }
    } catch (e) { App.showError(box, e); }
  }
  async function act(method, target, path) {
    try { await App.api(method, "/api/xapi/forwarding/" + encodeURIComponent(target) + "/" + path); forwarding(); } catch (e) { App.showError(box, e); }
  }

  // The statements: filters, a page newest first, "Sau ›" to the next page (a cursor per page, kept to go back).
  const VERBS = ["completed", "passed", "failed", "attempted", "experienced", "answered", "launched", "scored", "voided"];
  const ADL = "http://adlnet.gov/expapi/verbs/";
  const courseTitles = {};
  document.getElementById("st-verb").replaceChildren(App.el("option", { value: "" }, App.t("any")),
    ...VERBS.map(v => App.el("option", { value: v }, App.t("verb_" + v) + " (" + v + ")")));
  async function courses() {
    try {
      const list = (await App.get("/api/courses/catalogue")).courses;
      list.forEach(c => { courseTitles[c.id] = c.title; });
      document.getElementById("st-course").replaceChildren(App.el("option", { value: "" }, App.t("any")),
        ...list.map(c => App.el("option", { value: c.id }, c.title)));
    } catch (e) { App.showError(box, e); }
  }
  const inLang = m => m ? (App.lang === "en" ? m.en || m.vi : m.vi || m.en) : null;
  function person(a) {
    if (a.staffCode) return [App.el("strong", {}, a.staffCode), " · ", a.schoolCode];
    if (a.mbox) return a.mbox.replace(/^mailto:/, "");
    if (a.account) return a.account.name + " @ " + a.account.homePage;
    return a.openid || a.mbox_sha1sum || a.name || "—";
  }
  function verbText(v) {
    const name = v.id && v.id.startsWith(ADL) ? v.id.substring(ADL.length) : null;
    return inLang(v) || (name && VERBS.includes(name) ? App.t("verb_" + name) : null) || name || v.id || "—";
  }
  function part(p) {
    let m;
    if (!p) return null;
    if ((m = p.match(/^lessons\/(.+)$/))) return App.t("stLesson", m[1]);
    if ((m = p.match(/^quiz\/questions\/(.+)$/))) return App.t("stQuestion", m[1]);
    if (p === "quiz") return App.t("stQuiz");
    if (p === "pretest") return App.t("stPretest");
    return p;
  }
  function activity(o) {
    if (o.objectType === "StatementRef") return App.t("stRef", o.id);
    if (o.courseId) return (courseTitles[o.courseId] || o.courseId) + (o.part ? " — " + part(o.part) : "");
    return inLang(o) || o.id || "—";
  }
  function resultText(r) {
    if (!r) return "";
    const bits = [];
    if (r.score) {
      if (r.score.raw != null && r.score.max != null) bits.push(App.number(r.score.raw) + "/" + App.number(r.score.max));
      else if (r.score.scaled != null) bits.push(App.formatPercent(r.score.scaled * 100));
      else if (r.score.raw != null) bits.push(App.number(r.score.raw));
    }
    if (r.success === true) bits.push(App.t("stPassed"));
    if (r.success === false) bits.push(App.t("stFailed"));
    if (r.completion === true && r.success === undefined) bits.push(App.t("stCompleted"));
    return bits.join(" · ");
  }
  let cursors = [null]; // the cursor of each page shown so far; the last is the page on screen
  function statementQuery() {
    const q = new URLSearchParams();
    for (const [id, name] of [["st-staff", "staff"], ["st-course", "course"], ["st-verb", "verb"], ["st-from", "from"], ["st-to", "to"]]) {
      const v = document.getElementById(id).value.trim();
      if (v) q.set(name, v);
    }
    q.set("limit", 50);
    return q;
  }
  async function statements() {
    const q = statementQuery();
    const cursor = cursors[cursors.length - 1];
    if (cursor != null) q.set("cursor", cursor);
    try {
      const page = await App.get("/api/xapi/statements?" + q);
      box.hidden = true;
      const rows = [];
      for (const s of page.items) {
        const happened = s.timestamp && Math.abs(Date.parse(s.timestamp) - Date.parse(s.stored)) > 60000
          ? App.el("small", { class: "muted" }, App.t("stHappened", App.formatDateTime(s.timestamp))) : null;
        rows.push(App.el("tr", { class: "statement" + (s.voided ? " voided" : ""), "data-id": s.id },
          App.el("td", {}, App.formatDateTime(s.stored), happened ? [App.el("br"), happened] : null),
          App.el("td", {}, person(s.actor)),
          App.el("td", {}, verbText(s.verb), s.voided ? [" ", App.el("span", { class: "badge bad" }, App.t("stVoided"))] : null),
          App.el("td", {}, activity(s.object)),
          App.el("td", {}, resultText(s.result)),
          App.el("td", {}, s.authority.service ? App.t("stService") : s.authority.label)));
        rows.push(App.el("tr", { class: "statement-json" }, App.el("td", { colspan: 6 },
          App.el("details", {}, App.el("summary", {}, App.t("stJson")), App.el("pre", { tabindex: 0 }, JSON.stringify(s.statement, null, 2))))));
      }
      document.getElementById("statements").replaceChildren(...rows);
      document.getElementById("st-empty").hidden = page.items.length > 0;
      const pager = document.getElementById("st-pager");
      pager.replaceChildren(
        App.el("button", { type: "button", class: "secondary", disabled: cursors.length === 1, onclick: () => { cursors = [null]; statements(); } }, App.t("stFirst")),
        App.el("button", { type: "button", class: "secondary", disabled: cursors.length === 1, onclick: () => { cursors.pop(); statements(); } }, App.t("prev")),
        App.el("button", { type: "button", class: "secondary", id: "st-next", disabled: page.next == null, onclick: () => { cursors.push(page.next); statements(); } }, App.t("next")));
    } catch (e) { App.showError(box, e); }
  }
  document.getElementById("st-filter").addEventListener("submit", ev => { ev.preventDefault(); cursors = [null]; statements(); });
  App.translate();
  courses().then(statements);
  credentials();
  uncounted();
  forwarding();
  setInterval(forwarding, 15000);
});
