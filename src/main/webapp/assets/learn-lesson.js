"use strict";
App.ready(async () => {
  const box = document.getElementById("error");
  const course = Learn.param("course"), lesson = Learn.param("lesson");
  document.getElementById("back").href = Learn.courseUrl(course);
  try {
    const asked = App.get("/api/courses/" + encodeURIComponent(course) + "/lessons/" + encodeURIComponent(lesson));
    asked.catch(() => {}); // asked beside "who is signed in"; a failure is shown below, once
    await Learn.start();
    const l = await asked;
    document.title = l.title + " — " + l.courseTitle;
    const h1 = document.getElementById("title");
    h1.removeAttribute("data-t"); h1.textContent = l.title;
    document.getElementById("position").textContent = App.t("lessonOf", l.number, l.count);
    const article = document.getElementById("content");
    article.lang = App.lang;
    // The HTML was rendered on the server from the course's Markdown with raw HTML refused and escaped.
    article.innerHTML = l.html;
    Contacts.fill(article);
    if (l.previous) { const p = document.getElementById("previous"); p.href = Learn.lessonUrl(course, l.previous); p.hidden = false; }
    const done = document.getElementById("done");
    done.textContent = App.t(l.next ? "nextLesson" : "lastLesson");
    done.hidden = false;
    done.addEventListener("click", async () => {
      done.disabled = true;
      try {
        const r = await App.post("/api/courses/" + encodeURIComponent(course) + "/lessons/" + encodeURIComponent(lesson) + "/read");
        location.href = l.next ? Learn.lessonUrl(course, l.next) : r.completed ? Learn.courseUrl(course) : Learn.quizUrl(course);
      } catch (e) { done.disabled = false; App.showError(box, e); }
    });
  } catch (e) { App.showError(box, e); }
});
