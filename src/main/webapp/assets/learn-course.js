"use strict";
App.ready(async () => {
  const box = document.getElementById("error");
  const id = Learn.param("id");
  try {
    await Learn.start();
    const d = await App.post("/api/courses/" + encodeURIComponent(id) + "/launch");
    const c = d.course;
    document.title = c.title + " — Tập huấn";
    const h1 = document.getElementById("title");
    h1.removeAttribute("data-t"); h1.textContent = c.title;
    document.getElementById("summary").textContent = c.summary;
    // lessons read only while learning: a course completed in person or elsewhere had none read here
    const facts = c.state === "COMPLETED" ? [] : [App.t("lessonsRead", c.lessonsRead, c.lessonCount)];
    if (c.scorePercent != null) facts.push(App.t("score", c.scorePercent));
    if (c.completedAt) facts.push(App.t("completedOn", Learn.date(c.completedAt)));
    document.getElementById("state").replaceChildren(...[Learn.badge(c.state, c.completedThrough), Learn.draftBadge(c), facts.length ? " " + facts.join(" · ") : null].filter(Boolean));
    document.getElementById("programmes").replaceChildren(...Learn.standings(c));
    // every completion stays listed, with its score and certificate, also after retraining
    document.getElementById("history-box").hidden = d.history.length === 0;
    document.getElementById("history").replaceChildren(...d.history.map(h => App.el("li", {},
      App.t("historyLine", Learn.date(h.completedAt)) + (h.completedThrough !== "ONLINE" ? " " + App.t(h.completedThrough) : "")
        + (h.scorePercent != null ? " · " + App.t("score", h.scorePercent) : ""),
      h.certificateCode ? " " : null, h.certificateCode ? Learn.certificateLink(h.certificateCode) : null)));
    document.getElementById("lessons").replaceChildren(...d.lessons.map(l => App.el("li", {},
      App.el("a", { href: Learn.lessonUrl(c.id, l.id) }, l.title),
      l.read ? App.el("span", { class: "done" }, " ✓", App.el("span", { class: "sr-only" }, " " + App.t("read"))) : null)));
    const next = document.getElementById("next");
    const retrain = Learn.retrainButtons(c);
    if (c.state === "COMPLETED" && retrain.length) {
      next.replaceChildren(...retrain);
    } else if (c.state === "COMPLETED") {
      next.replaceChildren(...[App.el("span", { class: "ok" }, App.t("courseDone")), c.certificateCode ? Learn.certificateLink(c.certificateCode) : null].filter(Boolean));
    } else if (d.pretestState === "DUE" || d.pretestState === "OPEN") {
      next.replaceChildren(...[App.el("span", { class: "muted", id: "pretest-why" }, App.t("pretestWhy", d.pretestSize)), App.el("br"),
        App.el("a", { class: "button", id: "take-pretest", href: Learn.pretestUrl(c.id) }, App.t("takePretest", d.pretestSize)),
        c.resumeLesson ? App.el("a", { class: "button secondary", id: "continue", href: Learn.lessonUrl(c.id, c.resumeLesson) }, App.t("skipPretest")) : null]
        .filter(Boolean));
    } else if (c.resumeLesson) {
      const lesson = d.lessons.find(l => l.id === c.resumeLesson);
      next.replaceChildren(App.el("a", { class: "button", id: "continue", href: Learn.lessonUrl(c.id, c.resumeLesson) },
        c.lessonsRead === 0 ? App.t("start") + ": " + lesson.title : App.t("continueAt", lesson.title)));
    } else {
      next.replaceChildren(App.el("span", {}, App.t("allRead")));
    }
    document.getElementById("quiz-info").textContent = App.t("quizInfo", c.quizSize, c.masteryScore);
    if (c.state !== "COMPLETED") {
      document.getElementById("quiz-action").replaceChildren(App.el("a", { class: "button" + (c.resumeLesson ? " secondary" : ""), id: "take-quiz", href: Learn.quizUrl(c.id) },
        c.scorePercent != null ? App.t("quizRetry") : App.t("takeQuiz")));
    }
    document.getElementById("review-note").textContent = d.reviewNote;
  } catch (e) { App.showError(box, e); }
});
