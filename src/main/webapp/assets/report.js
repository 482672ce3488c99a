// District view: every school ranked against the target, totals, filters, trend and topic × school matrix.
"use strict";
App.ready(async () => {
  const me = await Admin.start(["DISTRICT_ADMIN", "SCHOOL_ADMIN"]);
  const box = document.getElementById("error");
  let programme;
  try {
    programme = await Reporting.programme(document.getElementById("programme"));
  } catch (e) { App.showError(box, e); return; }
  if (me.role === "SCHOOL_ADMIN") {
    const own = await App.get("/api/schools");
    location.replace("/admin/school-report.html?programme=" + programme.id + "&school=" + encodeURIComponent(own.items[0].code));
    return;
  }
  Admin.options(document.getElementById("type"), ["PUBLIC", "NON_PUBLIC"], true, "schoolType");
  Admin.options(document.getElementById("category"), programme.categories, true, "staffCategory");
  const asOf = document.getElementById("asOf");
  asOf.value = Reporting.param("asOf") || "";
  for (const id of ["type", "category"]) document.getElementById(id).value = Reporting.param(id) || "";
  const wardParam = Reporting.param("ward") || "";
  document.getElementById("ward").replaceChildren(App.el("option", { value: wardParam }, wardParam || App.t("any")));
  let wardsFilled = false;

  function query() {
    const q = new URLSearchParams();
    for (const id of ["asOf", "ward", "type", "category"]) { const v = document.getElementById(id).value; if (v) q.set(id, v); }
    return q.toString();
  }
  async function load() {
    const id = document.getElementById("programme").value;
    const q = query(), base = "/api/programmes/" + id + "/report", asked = !!asOf.value;
    try {
      const r = await App.get(base + (q ? "?" + q : ""));
      if (!asOf.value) asOf.value = r.asOf;
      Filed.deadlineNote(document.getElementById("as-of-note"), r, asked);
      Filed.show(document.getElementById("filed"), id, null, asOf, true).catch(e => App.showError(box, e));
      if (!wardsFilled) { const w = document.getElementById("ward"); w.replaceChildren(App.el("option", { value: "" }, App.t("any")), ...r.wards.map(x => App.el("option", { value: x }, x))); w.value = wardParam; wardsFilled = true; }
      render(r, id);
      Reporting.exportLinks(document.getElementById("exports"), base, query());
      history.replaceState(null, "", "?programme=" + id + (q ? "&" + q : ""));
      App.get(base + "/trend?" + q).then(t => Charts.trend(document.getElementById("trend-chart"), t.points, t.targetPercent,
        { series: App.t("trendSeries"), target: App.t("targetLine"), description: App.t("trend") })).catch(e => App.showError(box, e));
      App.get(base + "/matrix?" + q).then(matrix).catch(e => App.showError(box, e));
      box.hidden = true;
    } catch (e) { App.showError(box, e); }
  }
  let changedBySchool = {};
  function changed(code) {
    const c = changedBySchool[code];
    return c ? App.el("a", { href: c.link }, App.number(c.count)) : "0";
  }
  function changes(c) {
    const day = App.formatDate(c.since);
    document.getElementById("changes-intro").textContent = c.total ? App.t("changesIntro", day, App.number(c.total)) : App.t("changesNone", day);
    document.getElementById("changes").hidden = !c.total;
    const entry = e => App.el("li", {}, (e.staffCode ? e.staffCode + ": " : "") + App.t(e.kind) + " " + (e.before == null ? "" : e.before + " → ") + (e.after || ""));
    document.getElementById("changes-rows").replaceChildren(...c.schools.map(s => App.el("tr", {},
      App.el("th", { scope: "row" }, s.name), App.el("td", { class: "num" }, App.el("a", { href: s.link }, App.number(s.count))),
      App.el("td", {}, App.el("ul", {}, ...s.latest.map(entry)), s.count > s.latest.length ? App.el("a", { href: s.link }, App.t("changesAll")) : null))));
  }
  function render(r, id) {
    changedBySchool = Object.fromEntries((r.schoolChanges ? r.schoolChanges.schools : []).map(s => [s.code, s]));
    const t = r.totals, target = r.programme.targetPercent;
    document.getElementById("figures").replaceChildren(
      Reporting.figure(App.t("districtPercent", App.number(Number(target)) + "%"), Reporting.percent(t.percent), t.meetsTarget ? "ok" : "bad"),
      // only schools with someone in scope have a verdict (docs/reporting.md): 3 / 3, not 3 / 5
      Reporting.figure(App.t("schoolsMeeting") + (t.schoolsWithNoOneInScope ? " (" + App.t("schoolsNobody", App.number(t.schoolsWithNoOneInScope)) + ")" : ""),
        App.number(t.schoolsMeetingTarget) + " / " + App.number(t.schoolsWithSomeoneInScope)),
      Reporting.figure(App.t("peopleNeeded"), Reporting.count(t.stillNeeded)),
      Reporting.figure(App.t("deadline", App.formatDate(r.programme.deadline)), Reporting.days(r.daysToDeadline, r.programme.deadline), r.daysToDeadline < 0 ? "bad" : ""));
    document.getElementById("rows").replaceChildren(...r.schools.map(s => App.el("tr", {},
      App.el("td", {}, s.rank ?? "-"),
      App.el("td", {}, App.el("a", { href: "/admin/school-report.html?programme=" + id + "&school=" + encodeURIComponent(s.code) + (asOf.value ? "&asOf=" + asOf.value : "") }, s.name)),
      App.el("td", { class: "hide-narrow" }, s.ward),
      App.el("td", { class: "num" }, App.number(s.inScope)), App.el("td", { class: "num" }, App.number(s.trained)),
      App.el("td", { class: "num" }, s.inScope ? Reporting.percent(s.percent) : App.el("span", { class: "muted" }, App.t("nobody"))),
      App.el("td", { class: "met" }, Reporting.met(s.meetsTarget)),
      App.el("td", { class: "num" }, Reporting.count(s.stillNeeded)),
      App.el("td", { class: "num" }, changed(s.code)))));
    changes(r.schoolChanges);
    const ranked = r.schools.filter(s => s.inScope > 0);
    const shown = ranked.length > 50 ? ranked.slice(-50) : ranked;
    document.getElementById("chart-note").textContent = ranked.length > 50 ? App.t("chartNote", 50) : "";
    Charts.ranking(document.getElementById("ranking-chart"), shown.map(s => ({ name: s.name, percent: s.percent, meetsTarget: s.meetsTarget })), target,
      { target: App.t("targetLine"), description: App.t("ranking") }).catch(e => App.showError(box, e));
  }
  /** Lowest share first (the server's order); a row or cell under the target is marked, in colour and in words. */
  function matrix(m) {
    const table = document.getElementById("matrix");
    table.tHead.replaceChildren(App.el("tr", {}, App.el("th", { scope: "col" }, App.t("school")), App.el("th", { scope: "col", class: "num" }, App.t("inScope")),
      App.el("th", { scope: "col", class: "num" }, App.t("percent")), ...m.courses.map(c => App.el("th", { scope: "col", class: "num" }, c.title))));
    const cell = (p, met) => App.el("td", { class: "num" + (met === false ? " below" : "") }, App.formatPercent(p),
      met === false ? App.el("span", { class: "sr-only" }, " (" + App.t("belowTarget") + ")") : null);
    const row = (name, r, total) => App.el("tr", { class: (total ? "total" : "") + (r.meetsTarget === false ? " below-row" : "") },
      App.el("th", { scope: "row" }, name), App.el("td", { class: "num" }, App.number(r.inScope)),
      r.inScope ? cell(r.sharePercent, r.meetsTarget) : App.el("td", { class: "muted" }, App.t("nobody")),
      ...r.percent.map((p, i) => cell(p, r.courseMeetsTarget[i])));
    table.tBodies[0].replaceChildren(...m.schools.map(s => row(s.name, s, false)), row(App.t("total"), m.total, true));
  }
  document.getElementById("filter").addEventListener("submit", ev => { ev.preventDefault(); load(); });
  load();
});
