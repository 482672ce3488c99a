"use strict";
App.ready(async () => {
  const box = document.getElementById("error");
  try {
    // asked at once, beside "who is signed in": one round trip less before the courses show
    const asked = App.get("/api/courses");
    asked.catch(() => {}); // a failure is shown below, once
    await Learn.start();
    const courses = await asked;
    // with a programme running for the learner, what counts is what is done for it (not a completion of an earlier year)
    const standings = courses.flatMap(c => c.programmes || []);
    const running = standings.length ? standings[0].programme : null;
    const forIt = standings.filter(p => running && p.programme.id === running.id);
    document.getElementById("status").textContent = running
      ? App.t("summaryFor", forIt.filter(p => p.countsForProgramme).length, forIt.length, running.name)
      : App.t("summaryDone", courses.filter(c => c.state === "COMPLETED").length, courses.length);
    document.getElementById("courses").replaceChildren(...courses.map(c => {
      const action = c.state === "COMPLETED" ? "review" : c.state === "IN_PROGRESS" ? "resume" : "start";
      const facts = [App.t("minutes", c.minutes), App.t("lessons", c.lessonCount)];
      const progress = [];
      if (c.state === "IN_PROGRESS") progress.push(App.t("lessonsRead", c.lessonsRead, c.lessonCount));
      if (c.scorePercent != null) progress.push(App.t("score", c.scorePercent));
      if (c.completedAt) progress.push(App.t("completedOn", Learn.date(c.completedAt)));
      return App.el("li", { id: "course-" + c.id },
        App.el("h2", {}, App.el("a", { href: Learn.courseUrl(c.id) }, c.title)),
        App.el("p", { class: "meta" }, facts.join(" · ")),
        App.el("p", {}, c.summary),
        App.el("p", {}, Learn.badge(c.state, c.completedThrough), Learn.draftBadge(c) ? " " : null, Learn.draftBadge(c), progress.length ? " " + progress.join(" · ") : null),
        Learn.standings(c),
        App.el("p", { class: "actions" },
          Learn.retrainButtons(c),
          App.el("a", { class: "button" + (action === "review" ? " secondary" : ""), href: Learn.courseUrl(c.id), "aria-label": App.t(action) + ": " + c.title }, App.t(action)),
          c.certificateCode ? Learn.certificateLink(c.certificateCode) : null));
    }));
  } catch (e) { App.showError(box, e); }
});
