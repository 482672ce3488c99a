// Shared by the report and programme pages: the chosen programme, formatting of report figures.
"use strict";
const Reporting = {
  param(name) { return new URLSearchParams(location.search).get(name); },
  /** "01/01/2026–31/12/2026" */
  period(p) { return App.formatDate(p.periodStart) + "–" + App.formatDate(p.deadline); },
  /** Year and period first, so names that differ only at their end stay apart even when a narrow select cuts them. */
  label(p) {
    const from = p.periodStart.slice(0, 4), to = p.deadline.slice(0, 4);
    return (from === to ? from : from + "–" + to) + " · " + this.period(p) + " · " + p.name;
  },
  running(p, today) { return p.periodStart <= today && today <= p.deadline; },
  /** The running programme (the latest started if several), else the one that ended last, else the first listed. */
  current(list) {
    const today = App.today();
    const running = list.filter(p => this.running(p, today)).sort((a, b) => b.periodStart.localeCompare(a.periodStart));
    if (running.length) return { programme: running[0], why: "running" };
    const ended = list.filter(p => p.deadline < today).sort((a, b) => b.deadline.localeCompare(a.deadline));
    return ended.length ? { programme: ended[0], why: "lastEnded" } : { programme: list[0], why: "latest" };
  },
  /** What the page shows, in words: running, ended, not started; and from when completions count when not the start. */
  note(p, why) {
    const today = App.today(), period = this.period(p);
    // the whole name here: a select on a phone cuts it
    const key = why === "lastEnded" ? "viewingLastEnded" : this.running(p, today) ? "viewingRunning" : p.deadline < today ? "viewingEnded" : "viewingUpcoming";
    const state = App.t(key, period, p.name);
    return state + (p.countsFrom && p.countsFrom !== p.periodStart ? " " + App.t("countsFrom", App.formatDate(p.countsFrom)) : "");
  },
  /**
   * The programme in ?programme=, else the running one (not silently the newest: next year's may already be open);
   * fills a <select> with labels that carry year and period, and keeps the #programme-note below it in step.
   */
  async programme(select) {
    const list = await App.get("/api/programmes");
    if (!list.length) throw new Error(App.t("noProgramme"));
    const asked = list.find(p => p.id === Number(this.param("programme")));
    const chosen = asked ? { programme: asked, why: "asked" } : this.current(list);
    const box = document.getElementById("programme-note");
    const say = (p, why) => { if (box) { box.textContent = this.note(p, why); box.hidden = false; } };
    if (select) {
      select.replaceChildren(...list.map(p => App.el("option", { value: p.id, title: p.name }, this.label(p))));
      select.value = chosen.programme.id;
      select.addEventListener("change", () => { const p = list.find(x => String(x.id) === select.value); if (p) say(p, "chosen"); });
    }
    say(chosen.programme, chosen.why);
    return chosen.programme;
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
