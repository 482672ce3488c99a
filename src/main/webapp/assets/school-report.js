// One school against the target: the figure, who still has to train and what each lacks, splits, trend.
// On a phone the untrained list is the long part: each person names the courses they lack by a short label
// ("CĐ2"), read out in full by screen readers, with the labels' key above the table; a phone shows each person
// on two lines (report.css) (issue 13: full titles repeated per person made the page ~7,700 px tall).
"use strict";
App.ready(async () => {
  const me = await Admin.start(["DISTRICT_ADMIN", "SCHOOL_ADMIN"]);
  const box = document.getElementById("error");
  let programme, school = Reporting.param("school");
  try {
    programme = await Reporting.programme(document.getElementById("programme"));
    if (!school || me.role === "SCHOOL_ADMIN") school = (await App.get("/api/schools")).items[0].code;
  } catch (e) { App.showError(box, e); return; }
  const asOf = document.getElementById("asOf");
  asOf.value = Reporting.param("asOf") || "";

  async function load() {
    const id = document.getElementById("programme").value;
    const base = "/api/programmes/" + id + "/schools/" + encodeURIComponent(school) + "/report";
    const q = asOf.value ? "asOf=" + asOf.value : "", asked = !!asOf.value;
    try {
      const r = await App.get(base + (q ? "?" + q : ""));
      if (!asOf.value) asOf.value = r.asOf;
      Filed.deadlineNote(document.getElementById("as-of-note"), r, asked);
      Filed.show(document.getElementById("filed"), id, school, asOf, true).catch(e => App.showError(box, e));
      render(r);
      Reporting.exportLinks(document.getElementById("exports"), base, q);
      history.replaceState(null, "", "?programme=" + id + "&school=" + encodeURIComponent(school) + (q ? "&" + q : ""));
      box.hidden = true;
    } catch (e) { App.showError(box, e); }
  }
  function render(r) {
    const s = r.school, target = r.programme.targetPercent;
    const titles = Object.fromEntries(r.programme.courses.map(c => [c.id, c.title]));
    const shorts = Object.fromEntries(r.programme.courses.map((c, i) => [c.id, App.t("courseShort", i + 1)]));
    const required = r.programme.courses.length;
    document.getElementById("school-name").textContent = s.name;
    document.title = "Tập huấn — " + s.name;
    document.getElementById("figures").replaceChildren(
      Reporting.figure(App.t("schoolPercent", App.number(Number(target)) + "%"), s.inScope ? Reporting.percent(s.percent) : App.t("nobody"), s.meetsTarget ? "ok" : s.inScope ? "bad" : ""),
      Reporting.figure(App.t("trainedOf"), App.number(s.trained) + " / " + App.number(s.inScope)),
      Reporting.figure(App.t("needed"), Reporting.count(s.stillNeeded), s.stillNeeded > 0 ? "bad" : ""),
      Reporting.figure(App.t("deadline", r.programme.deadline.split("-").reverse().join("/")), Reporting.days(r.daysToDeadline, r.programme.deadline), r.daysToDeadline < 0 ? "bad" : ""));
    document.getElementById("progress").replaceChildren(Reporting.bar(s.percent, target));
    document.getElementById("untrained").replaceChildren(...(r.untrained.length ? r.untrained.map(u => App.el("tr", {},
      App.el("td", {}, u.fullName, u.status === "ON_LEAVE" ? " " + App.t("onLeave") : ""), App.el("td", { class: "hide-narrow" }, u.code), App.el("td", {}, App.label("staffCategory", u.category)),
      App.el("td", {}, u.lacking.length === required && required > 1 ? App.t("lackingAll", required) : [
        App.el("span", { class: "muted" }, App.t("lackingOf", u.lacking.length, required)), " ",
        App.el("ul", { class: "lacking" }, u.lacking.map(c => App.el("li", {},
          App.el("span", { "aria-hidden": "true", title: titles[c] || c }, shorts[c] || c), App.el("span", { class: "sr-only" }, titles[c] || c))))])))
      : [App.el("tr", {}, App.el("td", { colspan: 4 }, App.t("everyoneTrained")))]));
    document.getElementById("course-key").replaceChildren(...r.programme.courses.flatMap(c => [
      App.el("dt", {}, shorts[c.id]), App.el("dd", {}, c.title)]));
    document.getElementById("split").replaceChildren(...[...r.byCategory.map(x => ({ ...x, type: "staffCategory" })), ...r.byGender.map(x => ({ ...x, type: "gender" }))].map(x => App.el("tr", {},
      App.el("th", { scope: "row" }, App.label(x.type, x.key)), App.el("td", { class: "num" }, App.number(x.inScope)),
      App.el("td", { class: "num" }, App.number(x.trained)), App.el("td", { class: "num" }, Reporting.percent(x.percent)))));
    document.getElementById("courses").replaceChildren(...r.courses.map(c => App.el("tr", {},
      App.el("th", { scope: "row" }, shorts[c.id] ? shorts[c.id] + ". " : "", c.title), App.el("td", { class: "num" }, App.number(c.completed)), App.el("td", { class: "num" }, Reporting.percent(c.percent)))));
    Charts.trend(document.getElementById("trend-chart"), r.trend.points, target,
      { series: App.t("trendSeries"), target: App.t("targetLine"), description: App.t("trend") }).catch(e => App.showError(box, e));
  }
  document.getElementById("filter").addEventListener("submit", ev => { ev.preventDefault(); load(); });
  load();
});
