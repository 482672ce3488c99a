// Shared by the report and programme pages: words, the chosen programme, formatting of report figures.
"use strict";
App.words({
  vi: { targetLine: "Chỉ tiêu", targetLabel: "Chỉ tiêu {0}", belowTarget: "dưới chỉ tiêu", met: "Đạt", notMet: "Chưa đạt", nobody: "Không có người thuộc diện",
        daysLeft: "Còn {0} ngày", overdue: "Quá hạn {0} ngày", dueToday: "Hết hạn hôm nay", ended: "Đã kết thúc", noProgramme: "Chưa có chương trình nào." },
  en: { targetLine: "Target", targetLabel: "Target {0}", belowTarget: "below target", met: "Met", notMet: "Not met", nobody: "No one in scope",
        daysLeft: "{0} days left", overdue: "{0} days overdue", dueToday: "Due today", ended: "Ended", noProgramme: "No programme yet." }
});
const Reporting = {
  param(name) { return new URLSearchParams(location.search).get(name); },
  /** The programme in ?programme=, else the latest; fills a <select> when given. */
  async programme(select) {
    const list = await App.get("/api/programmes");
    if (!list.length) throw new Error(App.t("noProgramme"));
    const wanted = Number(this.param("programme")) || list[0].id;
    if (select) {
      select.replaceChildren(...list.map(p => App.el("option", { value: p.id }, p.name)));
      select.value = wanted;
    }
    return list.find(p => p.id === wanted) || list[0];
  },
  /** As the exports write it: one decimal, always ("75,0%"); the server already rounded it (App.formatPercent). */
  percent(p) { return App.formatPercent(p); },
  count(n) { return n == null ? "-" : App.number(n); },
  met(v) { return v == null ? App.el("span", { class: "muted" }, "-") : App.el("span", { class: "badge " + (v ? "ok" : "bad") }, App.t(v ? "met" : "notMet")); },
  /** Days from the as-of day to the deadline; "ended" once the deadline is behind us (reports then default to it). */
  days(d, deadline) {
    if (deadline && App.today() > deadline && d >= 0) return App.t("ended");
    return d > 0 ? App.t("daysLeft", App.number(d)) : d < 0 ? App.t("overdue", App.number(-d)) : App.t("dueToday");
  },
  bar(percent, target) {
    return App.el("div", { class: "bar", role: "presentation" },
      App.el("span", { style: "width:" + Math.min(100, Number(percent || 0)) + "%" }),
      App.el("i", { style: "left:" + Number(target) + "%" }));
  },
  figure(label, value, cls) {
    return App.el("div", { class: "figure " + (cls || "") }, App.el("span", { class: "value" }, value), App.el("span", { class: "label" }, label));
  },
  exportLinks(box, base, query) {
    box.replaceChildren(...["csv", "xlsx", "pdf"].map(f => App.el("a", { class: "button secondary", href: base + "." + f + (query ? "?" + query : ""), download: "" }, f.toUpperCase())));
  }
};
