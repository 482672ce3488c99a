"use strict";
App.ready(async () => {
  const box = document.getElementById("error");
  const course = Learn.param("course");
  // the pre-test (before the first lesson) is the same form on its own endpoint; its result is a score only
  const pretest = Learn.param("pretest") === "1";
  const api = "/api/courses/" + encodeURIComponent(course) + (pretest ? "/pretest" : "/quiz");
  const title = App.t(pretest ? "pretestTitle" : "quizTitle");
  document.getElementById("back").href = Learn.courseUrl(course);
  try {
    await Learn.start();
    // Opens the quiz: the same questions again if one is open, a new draw otherwise. No correct answers in it.
    const q = await App.post(api);
    document.getElementById("title").textContent = title + ": " + q.courseTitle;
    document.title = title + " — " + q.courseTitle;
    document.getElementById("info").textContent = pretest ? App.t("pretestInfo", q.questions.length)
      : App.t("quizInfo", q.questions.length, q.masteryScore) + " " + App.t("attempt", q.attemptNo);
    document.getElementById("questions").replaceChildren(...q.questions.map((question, n) => {
      const multiple = question.type === "multiple";
      const hintId = "hint-" + n;
      return App.el("fieldset", { class: "question", id: "q-" + n, "data-question": question.id, "aria-describedby": hintId },
        App.el("legend", { lang: App.lang }, App.t("questionN", n + 1) + " " + question.text),
        App.el("p", { class: "hint", id: hintId }, App.t(multiple ? "pickMany" : "pickOne")),
        question.choices.map((text, i) => App.el("label", { class: "choice" },
          App.el("input", { type: multiple ? "checkbox" : "radio", name: "q-" + n, value: String(i) }), App.el("span", {}, text))));
    }));
    const form = document.getElementById("quiz");
    QuizDraft.restore(q, form);
    form.addEventListener("change", () => QuizDraft.save(q, form));
    const submit = document.getElementById("submit");
    submit.hidden = false;
    form.addEventListener("submit", async ev => {
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
        const r = await App.post(api + "/" + encodeURIComponent(q.quizId), { answers });
        QuizDraft.clear(q.quizId);
        if (pretest) { showPretestScore(r); return; }
        // the answer already is the whole result: show it here instead of loading the result page and asking again
        QuizResult.replaceQuiz(r, course);
      } catch (e) { submit.disabled = false; App.showError(box, e); }
    });
  } catch (e) { App.showError(box, e); }
});

/** After the pre-test: the score, and the way to the first lesson (no answers: the quiz may ask the same questions). */
function showPretestScore(r) {
  const form = document.getElementById("quiz");
  const summary = App.el("section", { class: "card result", id: "pretest-result", "aria-live": "polite", tabindex: "-1" },
    App.el("p", {}, App.t("pretestScore", r.scoreRaw, r.scoreMax, r.percent)),
    App.el("p", { class: "actions" }, App.el("a", { class: "button", id: "first-lesson", href: Learn.lessonUrl(r.courseId, r.firstLesson) }, App.t("toLessons"))));
  form.replaceWith(summary);
  summary.focus();
}

/**
 * The choices picked so far, kept in the browser under the quiz's public id until it is submitted, so that leaving
 * the quiz (another page, another app, a closed tab) and coming back shows them again. Only positions of choices
 * are kept, under an id nobody else's quiz has; drafts of quizzes never submitted go after two weeks.
 */
const QuizDraft = {
  PREFIX: "quiz-draft:",
  MAX_AGE_MS: 14 * 24 * 3600 * 1000,
  key(id) { return QuizDraft.PREFIX + id; },
  picked(q, form) {
    const picks = {};
    q.questions.forEach((question, n) => {
      picks[question.id] = [...form.querySelectorAll("input[name='q-" + n + "']:checked")].map(i => Number(i.value));
    });
    return picks;
  },
  save(q, form) {
    try { localStorage.setItem(QuizDraft.key(q.quizId), JSON.stringify({ at: Date.now(), picks: QuizDraft.picked(q, form) })); } catch (e) { /* storage full or off: nothing kept */ }
  },
  restore(q, form) {
    QuizDraft.prune();
    let draft = null;
    try { draft = JSON.parse(localStorage.getItem(QuizDraft.key(q.quizId)) || "null"); } catch (e) { draft = null; }
    if (!draft || !draft.picks) return;
    q.questions.forEach((question, n) => (draft.picks[question.id] || []).forEach(i => {
      const input = form.querySelector("input[name='q-" + n + "'][value='" + Number(i) + "']");
      if (input) input.checked = true;
    }));
  },
  clear(id) { try { localStorage.removeItem(QuizDraft.key(id)); } catch (e) { /* nothing kept */ } },
  prune() {
    try {
      for (let i = localStorage.length - 1; i >= 0; i--) {
        const k = localStorage.key(i);
        if (!k || !k.startsWith(QuizDraft.PREFIX)) continue;
        const d = JSON.parse(localStorage.getItem(k) || "null");
        if (!d || !(Date.now() - d.at < QuizDraft.MAX_AGE_MS)) localStorage.removeItem(k);
      }
    } catch (e) { /* storage off */ }
  }
};
