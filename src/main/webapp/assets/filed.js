// Filed reports on the report pages: "Nộp báo cáo", the list of reports filed (downloaded as filed), and what changed
// in the report as of the last filed one's day since it was filed (docs/reporting.md, "Filed reports").
"use strict";
const Filed = {
  date(iso) { return App.formatDate(iso); },
  /** Says that a past deadline is the as-of day when the page was opened without one. */
  deadlineNote(box, report, asked) {
    const past = !asked && report.asOf === report.programme.deadline && report.daysToDeadline === 0 && App.today() > report.programme.deadline;
    box.hidden = !past;
    box.textContent = past ? App.t("pastDeadline", this.date(report.programme.deadline)) : "";
  },
  /** The filed reports of one unit (school code, or null for the district) and, for the newest, what changed. */
  async show(section, programmeId, school, asOfInput, canFile) {
    const base = "/api/programmes/" + programmeId;
    const list = (await App.get(base + "/filed")).filter(f => (f.schoolCode || null) === (school || null));
    const form = canFile ? this.form(section, base + (school ? "/schools/" + encodeURIComponent(school) : "") + "/filed", asOfInput,
      () => this.show(section, programmeId, school, asOfInput, canFile)) : "";
    const table = list.length ? App.el("div", { class: "table-wrap" }, App.el("table", { id: "filed-list" },
      App.el("thead", {}, App.el("tr", {}, ...["filedNumber", "filedOn", "filedAsOf", "filedSigner", "percent", "filedFiles"].map(k => App.el("th", { scope: "col" }, App.t(k))))),
      App.el("tbody", {}, ...list.map(f => App.el("tr", {},
        App.el("td", {}, f.documentNumber), App.el("td", {}, this.date(f.filedOn)), App.el("td", {}, this.date(f.asOf)),
        App.el("td", {}, f.signerName || "-"), App.el("td", { class: "num" }, Reporting.percent(f.percent)),
        App.el("td", {}, ...f.formats.map(x => App.el("a", { class: "button secondary", href: base + "/filed/" + f.id + "." + x, download: "" }, x.toUpperCase())))))))) :
      App.el("p", { class: "muted" }, App.t("filedNone"));
    const changes = App.el("div", { id: "filed-changes" });
    section.replaceChildren(App.el("h2", { id: "filed-title" }, App.t("filedTitle")), form, table, changes);
    if (list.length) this.changes(changes, await App.get(base + "/filed/" + list[0].id + "/changes"));
  },
  form(section, url, asOfInput, reload) {
    const name = App.el("input", { id: "signer-name", type: "text", maxlength: "120", autocomplete: "name" });
    const done = App.el("p", { class: "notice", role: "status", hidden: "" });
    const form = App.el("form", { class: "card row", id: "file-form" },
      App.el("div", { class: "field" }, App.el("label", { for: "signer-name" }, App.t("signerName")), name),
      App.el("button", { type: "submit" }, App.t("fileIt")), done);
    form.addEventListener("submit", async ev => {
      ev.preventDefault();
      if (!confirm(App.t("fileConfirm", this.date(asOfInput.value)))) return;
      try {
        const f = await App.post(url, { signerName: name.value || null, asOf: asOfInput.value || null });
        await reload();
        const note = document.getElementById("filed-done") || App.el("p", { class: "notice", id: "filed-done", role: "status" });
        note.textContent = App.t("filedDone", f.documentNumber);
        section.prepend(note);
      } catch (e) { App.showError(document.getElementById("error"), e); }
    });
    return form;
  },
  changes(box, c) {
    if (!c.changed) {
      box.replaceChildren(App.el("p", { class: "muted" }, App.t("unchanged", c.filed.documentNumber, this.date(c.asOf))));
      return;
    }
    const row = s => App.el("tr", {}, App.el("th", { scope: "row" }, s.name),
      App.el("td", { class: "num" }, Reporting.percent(s.percentThen), App.el("br"), App.number(s.trainedThen) + "/" + App.number(s.inScopeThen)),
      App.el("td", { class: "num" }, Reporting.percent(s.percentNow), App.el("br"), App.number(s.trainedNow) + "/" + App.number(s.inScopeNow)),
      App.el("td", {}, App.el("ul", { class: "lacking" }, ...s.people.map(p => App.el("li", {},
        p.fullName + " (" + p.code + "): " + App.t(p.kind) + ", " + App.t(p.trained ? "trainedMark" : "untrainedMark"))))));
    const audit = c.audit.length ? [App.el("h3", {}, App.t("auditTitle")), App.el("ul", { id: "filed-audit" }, ...c.audit.map(a => App.el("li", {},
      App.formatDateTime(a.at) + " · " + a.actor + " · " + a.kind + (a.staffCode ? " · " + a.staffCode : "") + " · " + (a.subject || "")
      + (a.before || a.after ? ": " + (a.before || "-") + " → " + (a.after || "-") : ""))))] : [];
    box.replaceChildren(App.el("div", { class: "error", id: "changed-since-filed" },
      App.el("strong", {}, App.t("changedTitle")), " ", App.t("changedIntro", c.filed.documentNumber, this.date(c.asOf))),
      App.el("div", { class: "table-wrap" }, App.el("table", {},
        App.el("thead", {}, App.el("tr", {}, App.el("th", { scope: "col" }, App.t("school")), App.el("th", { scope: "col", class: "num" }, App.t("then")),
          App.el("th", { scope: "col", class: "num" }, App.t("now")), App.el("th", { scope: "col" }, App.t("people")))),
        App.el("tbody", { id: "changed-schools" }, ...c.schools.map(row)))), ...audit);
  }
};
