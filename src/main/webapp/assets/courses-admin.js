"use strict";
App.ready(async () => {
  const box = document.getElementById("error");
  function show(v) {
    // the server's folder is an operator's detail (docs/operations.md), not something an education officer acts on
    document.getElementById("source").textContent = App.t("source", App.formatDateTime(v.loadedAt));
    document.getElementById("rows").replaceChildren(...v.courses.map(c => App.el("tr", { "data-course": c.id },
      App.el("td", {}, c.id), App.el("td", {}, c.title), App.el("td", { class: "num" }, c.version), App.el("td", { class: "num" }, c.lessons),
      App.el("td", { class: "num" }, c.questions), App.el("td", { class: "num" }, c.quizSize + " / " + c.masteryScore + "%"),
      App.el("td", { class: "sources" }, sources(c)), App.el("td", { class: "approval" }, approval(c)))));
    problems("refused", v.refused, "card error", "noneRefused");
    problems("warnings", v.warnings || [], "card", "noneWarnings");
  }
  const day = App.formatDate;
  function sources(c) {
    if (!c.sourcesVerifiedOn) return App.el("span", { class: "muted" }, App.t("noSources"));
    return [App.t("sourcesOn", day(c.sourcesVerifiedOn)), c.sourcesStale ? App.el("strong", { class: "bad stale" }, " ⚠ " + App.t("sourcesStale")) : null];
  }
  function approval(c) {
    if (c.approvedBy) return App.el("span", { class: "ok" }, App.t("approvedBy", c.version, c.approvedBy, day(c.approvedAt)));
    const button = App.el("button", { type: "button", class: "secondary approve" }, App.t("approve", c.version));
    button.addEventListener("click", async () => {
      if (!confirm(App.t("approveConfirm", c.version, c.title))) return;
      button.disabled = true;
      try {
        await App.post("/api/course-review/approvals", { courseId: c.id, version: c.version });
        show(await App.get("/api/courses/catalogue"));
        document.getElementById("reloaded").textContent = App.t("approved");
      } catch (e) { button.disabled = false; App.showError(box, e); }
    });
    return [App.el("span", { class: "badge draft" }, App.t("draftCourse", c.version)), " ", button];
  }
  const percent = x => App.formatPercent(x);
  function gainRows(rows, withSchool) {
    return rows.map(g => App.el("tr", {}, App.el("td", {}, g.courseTitle), withSchool ? App.el("td", {}, g.schoolCode + " — " + g.schoolName) : null,
      App.el("td", { class: "num" }, g.pretested), App.el("td", { class: "num" }, g.paired), App.el("td", { class: "num" }, percent(g.pairedPretest)),
      App.el("td", { class: "num" }, percent(g.firstQuiz)), App.el("td", { class: "num" }, g.gain == null ? "—" : App.t("points", (g.gain > 0 ? "+" : "") + App.number(Math.round(g.gain * 10) / 10)))));
  }
  function showGain(g) {
    document.getElementById("gain-courses").replaceChildren(...gainRows(g.courses, false));
    document.getElementById("gain-schools").replaceChildren(...gainRows(g.schools, true));
    document.getElementById("no-gain").hidden = g.courses.length > 0;
  }
  function problems(id, folders, css, none) {
    document.getElementById(id).replaceChildren(...(folders.length ? folders.map(r => App.el("section", { class: css },
      App.el("h3", {}, r.folder || "—"),
      App.el("ul", { class: "problems" }, r.problems.map(p => App.el("li", {}, App.el("code", {}, p.file + (p.line ? ":" + p.line : "")), " — ", p.message))))) :
      [App.el("p", { class: "ok" }, App.t(none))]));
  }
  try {
    await Admin.start(["DISTRICT_ADMIN"]);
    show(await App.get("/api/courses/catalogue"));
    showGain(await App.get("/api/course-review/gain"));
  } catch (e) { App.showError(box, e); }
  document.getElementById("reload").addEventListener("click", async () => {
    try { show(await App.post("/api/courses/catalogue/reload")); document.getElementById("reloaded").textContent = App.t("reloadedAt"); box.hidden = true; }
    catch (e) { App.showError(box, e); }
  });
});
