// Shared by the learner pages (/learn/): the signed-in staff member, small helpers (their words: page.learn.* in the bundles).
"use strict";
const Learn = {
  param(name) { return new URLSearchParams(location.search).get(name); },
  async start() {
    App.translate();
    return App.signedIn(["STAFF"]);
  },
  /** A date-time from the API (UTC, no zone) as a day in Vietnam, dd/MM/yyyy (App.formatDate). */
  date(iso) { return iso ? App.formatDate(iso) : ""; },
  /** The course's state; a completion made in person or by another system says so (it has no lessons read here). */
  badge(state, through) {
    const cls = state === "COMPLETED" ? "ok" : state === "IN_PROGRESS" ? "progress" : "";
    const how = state === "COMPLETED" && (through === "IN_PERSON" || through === "EXTERNAL") ? " " + App.t(through) : "";
    return App.el("span", { class: "badge " + cls }, App.t(state || "NOT_STARTED") + how);
  },
  certificateLink(code) {
    return App.el("a", { class: "button secondary", href: "/api/certificates/" + encodeURIComponent(code) + "/pdf", download: "" }, App.t("certificate"));
  },
  lessonUrl(course, lesson) { return "/learn/lesson.html?course=" + encodeURIComponent(course) + "&lesson=" + encodeURIComponent(lesson); },
  courseUrl(course) { return "/learn/course.html?id=" + encodeURIComponent(course); },
  quizUrl(course) { return "/learn/quiz.html?course=" + encodeURIComponent(course); },
  pretestUrl(course) { return "/learn/quiz.html?course=" + encodeURIComponent(course) + "&pretest=1"; },
  /**
   * Where the course stands for each running programme that requires it of the learner: a completion before the
   * programme's window is history ("Trước đây: hoàn thành ngày …"), not a completion for it.
   */
  standings(card) {
    return (card.programmes || []).map(p => {
      const name = p.programme.name;
      const text = p.countsForProgramme ? App.t("countsFor", name) : p.retraining ? App.t("retrainingFor", name)
        : p.retrainDue ? App.t("notYetFor", name) : App.t("neededFor", name);
      const last = p.earlierCompletions[0];
      return App.el("p", { class: "programme", "data-programme": String(p.programme.id) },
        App.el("span", { class: "badge " + (p.countsForProgramme ? "ok" : p.retraining ? "progress" : "due") }, text),
        !p.countsForProgramme && last ? " " + App.t("earlier", Learn.date(last.completedAt)) : null);
    });
  },
  /** "Học lại cho …": starts a new run of the course for the programme, then opens the course. */
  retrainButtons(card) {
    return (card.programmes || []).filter(p => p.retrainDue).map(p => App.el("button", {
      type: "button", class: "button retrain", "data-programme": String(p.programme.id),
      onclick: async e => {
        e.target.disabled = true;
        try {
          await App.post("/api/courses/" + encodeURIComponent(card.id) + "/retrain/" + p.programme.id);
          location.href = Learn.courseUrl(card.id);
        } catch (err) { e.target.disabled = false; App.showError(document.getElementById("error"), err); }
      } }, App.t("retrain", p.programme.name)));
  },
  draftBadge(card) { return card.draft ? App.el("span", { class: "badge draft" }, App.t("draft")) : null; }
};
