"use strict";
App.words({
  vi: { resultTitle: "Kết quả bài kiểm tra", answersTitle: "Đáp án và giải thích", passed: "Đạt", failed: "Chưa đạt",
        scoreLine: "Đúng {0}/{1} câu ({2}%). Cần đạt {3}%.", retry: "Làm lại với đề mới", right: "Đúng", wrong: "Sai",
        yourChoice: "bạn chọn", correctChoice: "đáp án đúng", failedHint: "Hãy xem lại giải thích bên dưới và các bài học, rồi làm lại.",
        notDoneYet: "Bạn đã đạt bài kiểm tra. Hãy đọc hết các bài học để hoàn thành khóa học.", toCourse: "Về khóa học",
        failedHint2: "Các câu trả lời sai được đánh dấu bên dưới. Đáp án đúng và giải thích chỉ hiện sau khi đạt; hãy đọc lại các bài sau rồi làm lại với đề mới:",
        yourAnswers: "Câu trả lời của bạn", rereadLesson: "Đọc lại: {0}" },
  en: { resultTitle: "Quiz result", answersTitle: "Answers and explanations", passed: "Passed", failed: "Not passed",
        scoreLine: "{0} of {1} right ({2}%). {3}% needed.", retry: "Try again with new questions", right: "Right", wrong: "Wrong",
        yourChoice: "your choice", correctChoice: "correct answer", failedHint: "Read the explanations below and the lessons again, then try again.",
        notDoneYet: "You passed the quiz. Read every lesson to complete the course.", toCourse: "Back to the course",
        failedHint2: "The questions you got wrong are marked below. The right answers and explanations show once you pass; read these lessons again, then try new questions:",
        yourAnswers: "Your answers", rereadLesson: "Read again: {0}" }
});
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

if (location.pathname.endsWith("/result.html")) document.addEventListener("DOMContentLoaded", async () => {
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
