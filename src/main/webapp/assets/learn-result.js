"use strict";
/**
 * A submitted quiz's result: on learn/result.html (asked from the API), and on the quiz page right after submitting,
 * from the submit's own answer — no page load and no second request between pressing "Nộp bài" and the result.
 */
const QuizResult = {
  show(r, course) {
    const summary = document.getElementById("summary");
    summary.classList.add(r.passed ? "pass" : "fail");
    const parts = [
      App.el("p", { class: "score " + (r.passed ? "ok" : "bad"), id: "verdict" }, App.t(r.passed ? "passed" : "failed")),
      App.el("p", {}, App.t("scoreLine", r.scoreRaw, r.scoreMax, r.percent, r.masteryScore))];
    if (r.courseCompleted) {
      parts.push(App.el("p", { class: "ok" }, App.t("courseDone")));
      if (r.certificateCode) parts.push(App.el("p", { class: "actions" }, Learn.certificateLink(r.certificateCode)));
    } else if (r.passed) {
      parts.push(App.el("p", {}, App.t("notDoneYet")), App.el("p", { class: "actions" }, App.el("a", { class: "button", href: Learn.courseUrl(course) }, App.t("toCourse"))));
    } else {
      parts.push(App.el("p", {}, App.t("failedHint2")),
        App.el("ul", { id: "reread" }, r.reread.map(l => App.el("li", {}, App.el("a", { href: Learn.lessonUrl(course, l.id) }, l.title)))),
        App.el("p", { class: "actions" },
        App.el("a", { class: "button", id: "retry", href: Learn.quizUrl(course) }, App.t("retry")),
        App.el("a", { class: "button secondary", href: Learn.courseUrl(course) }, App.t("toCourse"))));
    }
    summary.replaceChildren(...parts);
    document.getElementById("answers-title").textContent = App.t(r.passed ? "answersTitle" : "yourAnswers");
    document.getElementById("answers").replaceChildren(...r.questions.map(q => r.passed ? explained(q) : marked(q, course)));
  },
  /** The quiz page becomes the result page (its address too: a reload or "back" never reopens a submitted quiz). */
  replaceQuiz(r, course) {
    const { el } = App;
    history.replaceState(null, "", "/learn/result.html?course=" + encodeURIComponent(course) + "&quiz=" + encodeURIComponent(r.quizId));
    document.title = App.t("resultTitle") + " — " + r.courseTitle;
    const h1 = document.getElementById("title");
    h1.textContent = App.t("resultTitle");
    document.getElementById("info").remove();
    document.getElementById("error").hidden = true;
    const summary = el("section", { class: "card result", id: "summary", "aria-live": "polite", tabindex: "-1" });
    document.getElementById("quiz").replaceWith(summary, el("h2", { id: "answers-title" }, App.t("answersTitle")), el("ol", { id: "answers" }));
    QuizResult.show(r, course);
    window.scrollTo(0, 0);
    summary.focus();
  }
};

if (location.pathname.endsWith("/result.html")) App.ready(async () => {
  const box = document.getElementById("error");
  const course = Learn.param("course"), quiz = Learn.param("quiz");
  document.getElementById("back").href = Learn.courseUrl(course);
  try {
    await Learn.start();
    QuizResult.show(await App.get("/api/courses/" + encodeURIComponent(course) + "/quiz/" + encodeURIComponent(quiz)), course);
  } catch (e) { App.showError(box, e); }
});

/** A question of a passed quiz: every choice, the right one(s) and the learner's, and the explanation. */
function explained(q) {
  return App.el("li", { class: q.right ? "right" : "wrong" },
    App.el("p", {}, App.el("strong", { class: q.right ? "ok" : "bad" }, App.t(q.right ? "right" : "wrong") + ": "), q.text),
    App.el("ul", { class: "choices" }, q.choices.map(c => App.el("li", { class: c.correct ? "correct" : c.picked ? "wrong" : "" },
      (c.correct ? "✓ " : c.picked ? "✗ " : "• ") + c.text,
      c.picked || c.correct ? " (" + [c.picked ? App.t("yourChoice") : null, c.correct ? App.t("correctChoice") : null].filter(Boolean).join(", ") + ")" : ""))),
    App.el("p", { class: "explain" }, q.explanation));
}

/** A question of a failed quiz: right or wrong, and for a wrong one the lesson to read again; never the right choice. */
function marked(q, course) {
  return App.el("li", { class: q.right ? "right" : "wrong" },
    App.el("p", {}, App.el("strong", { class: q.right ? "ok" : "bad" }, App.t(q.right ? "right" : "wrong") + ": "), q.text),
    !q.right && q.lesson ? App.el("p", { class: "reread" }, App.el("a", { href: Learn.lessonUrl(course, q.lesson.id) }, App.t("rereadLesson", q.lesson.title))) : null);
}
