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
    await showCmi5Courses(box);
  } catch (e) { App.showError(box, e); }
});

// cmi5 courses from other authors (docs/xapi.md §13): each AU opens with a launch the server records (cmi5 §8.1);
// "OwnWindow" AUs take this tab, the others a new one (a new tab on a phone)
async function showCmi5Courses(box) {
  try {
    const courses = await App.get("/api/cmi5/courses");
    if (!courses.length) return;
    const en = App.lang === "en";
    const details = await Promise.all(courses.map(c => App.get("/api/cmi5/courses/" + encodeURIComponent(c.courseId))));
    document.getElementById("cmi5-courses").replaceChildren(...details.map(d => {
      const title = en ? d.current.title.en : d.current.title.vi;
      return App.el("li", { id: "cmi5-" + d.current.courseId },
        App.el("h3", {}, title),
        App.el("ul", { class: "aus" }, ...d.aus.map(au => App.el("li", {},
          App.el("span", {}, en ? au.title.en : au.title.vi), " ",
          App.el("button", { type: "button", class: "button", "data-course": d.current.courseId, "data-au": String(au.auNo),
            "aria-label": App.t("cmi5Open") + ": " + (en ? au.title.en : au.title.vi) }, App.t("cmi5Open"))))));
    }));
    document.getElementById("cmi5").hidden = false;
    document.getElementById("cmi5-courses").addEventListener("click", async (event) => {
      const button = event.target.closest("button[data-au]");
      if (!button) return;
      // opened before the request, inside the click: a window opened after an await is blocked on phones
      const opened = window.open("", "_blank");
      try {
        const launch = await App.post("/api/cmi5/courses/" + encodeURIComponent(button.dataset.course) + "/aus/" + button.dataset.au + "/launch");
        if (launch.launchMethod === "OwnWindow" || !opened) {
          if (opened) opened.close();
          location.assign(launch.url);
        } else {
          opened.location = launch.url;
        }
      } catch (e) {
        if (opened) opened.close();
        App.showError(box, e);
      }
    });
  } catch (e) { App.showError(box, e); }
}
