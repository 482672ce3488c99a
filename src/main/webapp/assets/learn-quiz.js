"use strict";
App.words({
  vi: { quizTitle: "Bài kiểm tra", submit: "Nộp bài", questionN: "Câu {0}.", pickOne: "Chọn một đáp án.", pickMany: "Chọn tất cả đáp án đúng.",
        unanswered: "Bạn chưa trả lời {0} câu: {1}.", attempt: "Lần làm thứ {0}." },
  en: { quizTitle: "Quiz", submit: "Submit", questionN: "Question {0}.", pickOne: "Pick one answer.", pickMany: "Pick every correct answer.",
        unanswered: "{0} question(s) not answered yet: {1}.", attempt: "Attempt {0}." }
});
document.addEventListener("DOMContentLoaded", async () => {
  const box = document.getElementById("error");
  const course = Learn.param("course");
  document.getElementById("back").href = Learn.courseUrl(course);
  try {
    await Learn.start();
    // Opens the quiz: the same questions again if one is open, a new draw otherwise. No correct answers in it.
    const q = await App.post("/api/courses/" + encodeURIComponent(course) + "/quiz");
    document.getElementById("title").textContent = App.t("quizTitle") + ": " + q.courseTitle;
    document.title = App.t("quizTitle") + " — " + q.courseTitle;
    document.getElementById("info").textContent = App.t("quizInfo", q.questions.length, q.masteryScore) + " " + App.t("attempt", q.attemptNo);
    document.getElementById("questions").replaceChildren(...q.questions.map((question, n) => {
      const multiple = question.type === "multiple";
      const hintId = "hint-" + n;
      return App.el("fieldset", { class: "question", id: "q-" + n, "data-question": question.id, "aria-describedby": hintId },
        App.el("legend", { lang: App.lang }, App.t("questionN", n + 1) + " " + question.text),
        App.el("p", { class: "hint", id: hintId }, App.t(multiple ? "pickMany" : "pickOne")),
        question.choices.map((text, i) => App.el("label", { class: "choice" },
          App.el("input", { type: multiple ? "checkbox" : "radio", name: "q-" + n, value: String(i) }), App.el("span", {}, text))));
    }));
    const submit = document.getElementById("submit");
    submit.hidden = false;
    document.getElementById("quiz").addEventListener("submit", async ev => {
      ev.preventDefault();
      const answers = {}, missing = [];
      q.questions.forEach((question, n) => {
        const picked = [...document.querySelectorAll("input[name='q-" + n + "']:checked")].map(i => Number(i.value));
        if (!picked.length) missing.push(n + 1);
        answers[question.id] = picked;
      });
      if (missing.length) {
        App.showError(box, new Error(App.t("unanswered", missing.length, missing.join(", "))));
        document.querySelector("#q-" + (missing[0] - 1) + " input").focus();
        return;
      }
      submit.disabled = true;
      try {
        await App.post("/api/courses/" + encodeURIComponent(course) + "/quiz/" + encodeURIComponent(q.quizId), { answers });
        location.href = "/learn/result.html?course=" + encodeURIComponent(course) + "&quiz=" + encodeURIComponent(q.quizId);
      } catch (e) { submit.disabled = false; App.showError(box, e); }
    });
  } catch (e) { App.showError(box, e); }
});
