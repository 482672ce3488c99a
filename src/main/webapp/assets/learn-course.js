"use strict";
App.words({
  vi: { lessonsTitle: "Các bài học", quizTitle: "Bài kiểm tra", quizRetry: "Làm lại bài kiểm tra" },
  en: { lessonsTitle: "Lessons", quizTitle: "Quiz", quizRetry: "Take the quiz again" }
});
document.addEventListener("DOMContentLoaded", async () => {
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
    const facts = [App.t("lessonsRead", c.lessonsRead, c.lessonCount)];
    if (c.scorePercent != null) facts.push(App.t("score", c.scorePercent));
    if (c.completedAt) facts.push(App.t("completedOn", Learn.date(c.completedAt)));
    document.getElementById("state").replaceChildren(Learn.badge(c.state), " " + facts.join(" · "));
    document.getElementById("lessons").replaceChildren(...d.lessons.map(l => App.el("li", {},
      App.el("a", { href: Learn.lessonUrl(c.id, l.id) }, l.title),
      l.read ? App.el("span", { class: "done" }, " ✓", App.el("span", { class: "sr-only" }, " " + App.t("read"))) : null)));
    const next = document.getElementById("next");
    if (c.state === "COMPLETED") {
      next.replaceChildren(App.el("span", { class: "ok" }, App.t("courseDone")), c.certificateCode ? Learn.certificateLink(c.certificateCode) : null);
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
