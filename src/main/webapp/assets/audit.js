// The audit log: filters, a page of entries newest first, the same entries as CSV.
"use strict";
const KINDS = ["STAFF_CREATED", "STAFF_CHANGED", "STAFF_CATEGORY_CHANGED", "STAFF_SCHOOL_CHANGED", "STAFF_DATES_CHANGED", "STAFF_LEFT", "ROSTER_IMPORTED",
  "SCHOOL_CREATED", "SCHOOL_CHANGED", "SCHOOL_CLOSED", "SCHOOL_REOPENED", "ACCOUNT_CREATED", "PASSWORD_RESET", "ACCOUNT_DISABLED", "ACCOUNT_ENABLED",
  "PROGRAMME_CREATED", "PROGRAMME_CHANGED", "SESSION_RECORDED", "REPORT_FILED", "CHANGE_CONFIRMED", "CREDENTIAL_CREATED", "CREDENTIAL_CHANGED",
  "STATEMENT_VOIDED", "PERSON_EXPORTED", "PERSON_ERASED", "COURSE_APPROVED", "CONTACT_ADDED", "CONTACT_CHANGED", "CONTACT_REMOVED", "CONTACTS_IMPORTED", "CMI5_PACKAGE_IMPORTED"]; // AuditKind, in its order (unknown kinds show their key)
App.ready(async () => {
  await Admin.start();
  const box = document.getElementById("error");
  const params = new URLSearchParams(location.search);
  Admin.options(document.getElementById("kind"), KINDS, true, "auditKind");
  for (const id of ["school", "staff", "kind", "from", "to"]) if (params.get(id)) document.getElementById(id).value = params.get(id);
  document.getElementById("bySchool").checked = params.get("bySchool") === "true";
  let page = 0;
  function query() {
    const q = new URLSearchParams();
    for (const id of ["school", "staff", "kind", "from", "to"]) { const v = document.getElementById(id).value.trim(); if (v) q.set(id, v); }
    if (document.getElementById("bySchool").checked) q.set("bySchool", "true");
    return q;
  }
  function change(e) {
    if (e.before == null && e.after == null) return "";
    return (e.before == null ? "" : e.before + " → ") + (e.after == null ? "" : e.after);
  }
  async function load(p = page) {
    page = p;
    const q = query();
    document.getElementById("csv").href = "/api/audit/export.csv?" + q;
    q.set("page", p); q.set("size", 50);
    try {
      const data = await App.get("/api/audit?" + q);
      box.hidden = true;
      document.getElementById("rows").replaceChildren(...data.items.map(e => App.el("tr", {},
        App.el("td", {}, App.formatDateTime(e.at)), App.el("td", {}, e.actor === "system" ? App.t("system") : e.actor),
        App.el("td", { class: "hide-phone" }, e.address || ""), App.el("td", {}, App.label("auditKind", e.kind)),
        App.el("td", {}, e.schoolCode || ""), App.el("td", {}, e.staffCode || ""),
        App.el("td", { class: "hide-phone" }, (e.subject || "") + (e.importJob ? " (" + App.t("job", e.importJob.substring(0, 8)) + ")" : "")),
        App.el("td", {}, change(e)))));
      document.getElementById("empty").hidden = data.total > 0;
      Admin.pager(document.getElementById("pager"), data, load);
    } catch (e) { App.showError(box, e); }
  }
  document.getElementById("filter").addEventListener("submit", ev => { ev.preventDefault(); load(0); });
  load(0);
});
