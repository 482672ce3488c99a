"use strict";
App.ready(async () => {
  const me = await Admin.start();
  const box = document.getElementById("error"), notice = document.getElementById("notice");
  const params = new URLSearchParams(location.search);
  if (params.get("school")) document.getElementById("school").value = params.get("school");
  Admin.options(document.getElementById("category"), ["MANAGER", "EMPLOYEE", "OTHER"], true, "staffCategory");
  Admin.options(document.getElementById("status"), ["ACTIVE", "ON_LEAVE", "LEFT"], true, "staffStatus");
  Admin.options(document.getElementById("f-gender"), ["FEMALE", "MALE", "OTHER"], false, "gender");
  Admin.options(document.getElementById("f-category"), ["MANAGER", "EMPLOYEE", "OTHER"], false, "staffCategory");
  Admin.options(document.getElementById("f-status"), ["ACTIVE", "ON_LEAVE", "LEFT"], false, "staffStatus");
  const form = id => document.getElementById("f-" + id);
  let page = 0;
  async function load(p = page) {
    page = p;
    const q = new URLSearchParams({ page: p, size: 50 });
    for (const id of ["school", "q", "category", "status"]) { const v = document.getElementById(id).value.trim(); if (v) q.set(id, v); }
    try {
      const data = await App.get("/api/staff?" + q);
      // on a phone one row is two lines: the name, then code, status (unless working) and account under it (issue 13)
      document.getElementById("rows").replaceChildren(...data.items.map(s => App.el("tr", { "data-code": s.code },
        App.el("td", { class: "hide-phone" }, s.code),
        App.el("td", {}, s.fullName, s.hasAccount ? [" ", App.el("span", { class: "badge ok has-account" }, App.t("hasAccount"))] : null,
          App.el("span", { class: "show-phone muted" }, s.code, s.status !== "ACTIVE" ? " · " + App.label("staffStatus", s.status) : null)),
        App.el("td", { class: "hide-phone" }, App.label("gender", s.gender)), App.el("td", { class: "hide-phone" }, App.label("staffCategory", s.category)),
        App.el("td", { class: "hide-phone" }, App.label("staffStatus", s.status)), App.el("td", { class: "hide-phone" }, s.schoolName),
        App.el("td", {}, actions(s)))));
      Admin.pager(document.getElementById("pager"), data, load);
    } catch (e) { App.showError(box, e); }
  }
  /**
   * One compact actions area per row (a phone shows one button, not three stacked). Account: "create" only for
   * someone without one, "reset password" only for someone with one — never the one in place of the other.
   */
  function actions(s) {
    return App.el("details", { class: "row-actions" },
      App.el("summary", {}, App.t("actions"), App.el("span", { class: "sr-only" }, ": " + s.fullName)),
      App.el("div", {},
        App.el("button", { type: "button", class: "secondary", onclick: () => edit(s) }, App.t("edit")),
        s.status !== "LEFT" ? App.el("button", { type: "button", class: "danger", onclick: () => leave(s) }, App.t("leave")) : null,
        s.hasAccount ? App.el("button", { type: "button", class: "secondary reset-password", onclick: () => reset(s) }, App.t("reset"))
          : App.el("button", { type: "button", class: "secondary create-account", onclick: () => account(s) }, App.t("account"))));
  }
  /**
   * Says something about one person right under their row (the page may be thousands of pixels long: a message at
   * the top would be out of sight), and moves the focus there so that it is seen and read out.
   */
  function say(code, kind, ...content) {
    document.querySelectorAll("#rows tr.said").forEach(r => r.remove());
    const row = [...document.querySelectorAll("#rows tr[data-code]")].find(r => r.dataset.code === code);
    const message = App.el("div", { class: kind + " said-message", role: kind === "error" ? "alert" : "status", tabindex: "-1" }, ...content);
    if (!row) { App.showError(box, { message: message.textContent }); return; }
    const said = App.el("tr", { class: "said", "data-for": code }, App.el("td", { colspan: row.children.length }, message));
    row.querySelector("details").open = false;
    row.after(said);
    message.scrollIntoView({ block: "center" });
    message.focus({ preventScroll: true });
  }
  function credentials(s, c) {
    const hide = App.el("button", { type: "button", class: "secondary", onclick: ev => {
      ev.target.closest("tr").remove();
      const row = [...document.querySelectorAll("#rows tr[data-code]")].find(r => r.dataset.code === s.code);
      if (row) row.querySelector("summary").focus();
    } }, App.t("done"));
    say(s.code, "notice", App.el("p", {}, App.t("temporaryFor", s.fullName, c.username)),
      App.el("p", { class: "temporary-password" }, App.el("code", {}, c.temporaryPassword)),
      App.el("p", {}, App.t("handOver")), App.el("p", {}, hide));
  }
  function edit(s) {
    form("code").value = s.code; form("code").readOnly = true; form("name").value = s.fullName;
    form("gender").value = s.gender; form("category").value = s.category; form("status").value = s.status;
    form("start").value = s.startDate || ""; form("end").value = s.endDate || ""; form("school").value = s.schoolCode;
    form("name").focus();
  }
  async function leave(s) {
    if (!confirm(App.t("confirmLeave", s.fullName))) return;
    try { await App.post("/api/staff/" + encodeURIComponent(s.code) + "/deactivation"); load(); } catch (e) { App.showError(box, e); }
  }
  /** Creates an account; one that exists already (409) is left alone, never reset: that needs its own confirmed action. */
  async function account(s) {
    box.hidden = true;
    try {
      const c = await App.post("/api/accounts", { username: s.code, role: "STAFF" });
      await load();
      credentials(s, c);
    } catch (e) {
      if (e.status === 409) { await load(); say(s.code, "error", App.t("exists", s.fullName, s.code)); }
      else say(s.code, "error", e.message);
    }
  }
  async function reset(s) {
    if (!confirm(App.t("confirmReset", s.fullName, s.code))) return;
    box.hidden = true;
    try { credentials(s, await App.post("/api/accounts/" + encodeURIComponent(s.code) + "/password-reset")); }
    catch (e) { say(s.code, "error", e.message); }
  }
  document.getElementById("filter").addEventListener("submit", ev => { ev.preventDefault(); load(0); });
  document.getElementById("person").addEventListener("reset", () => { form("code").readOnly = false; });
  document.getElementById("person").addEventListener("submit", async ev => {
    ev.preventDefault();
    const body = { code: form("code").value.trim(), fullName: form("name").value, gender: form("gender").value, category: form("category").value,
      status: form("status").value, startDate: form("start").value || null, endDate: form("end").value || null, schoolCode: form("school").value.trim() };
    try {
      if (form("code").readOnly) await App.put("/api/staff/" + encodeURIComponent(body.code), body); else await App.post("/api/staff", body);
      ev.target.reset(); form("code").readOnly = false; box.hidden = true; notice.textContent = App.t("saved"); notice.hidden = false; load();
    } catch (e) { App.showError(box, e); }
  });
  if (me.role === "SCHOOL_ADMIN") { const own = await App.get("/api/schools"); if (own.items[0]) form("school").value = own.items[0].code; }
  load(0);
});
