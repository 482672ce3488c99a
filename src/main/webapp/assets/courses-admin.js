"use strict";
App.words({
  vi: { navCourses: "Khóa học", title: "Khóa học", reload: "Tải lại nội dung khóa học", loaded: "Khóa học đang dùng", id: "Mã", name: "Tên khóa học", version: "Phiên bản",
        lessons: "Bài học", questions: "Câu hỏi", quiz: "Đề (câu / % đạt)", refusedTitle: "Khóa học bị từ chối", noneRefused: "Không có khóa học nào bị từ chối.",
        warningsTitle: "Cảnh báo chất lượng", noneWarnings: "Không có cảnh báo.",
        source: "Thư mục nội dung: {0} · tải lúc {1}", reloadedAt: "Đã tải lại.", line: "dòng {0}" },
  en: { navCourses: "Courses", title: "Courses", reload: "Reload the course content", loaded: "Courses in use", id: "Id", name: "Course", version: "Version",
        lessons: "Lessons", questions: "Questions", quiz: "Quiz (questions / % to pass)", refusedTitle: "Refused courses", noneRefused: "No course was refused.",
        warningsTitle: "Quality warnings", noneWarnings: "No warnings.",
        source: "Content folder: {0} · loaded at {1}", reloadedAt: "Reloaded.", line: "line {0}" }
});
document.addEventListener("DOMContentLoaded", async () => {
  const box = document.getElementById("error");
  function show(v) {
    document.getElementById("source").textContent = App.t("source", v.folder, new Date(v.loadedAt).toLocaleString(App.lang === "vi" ? "vi-VN" : "en-GB"));
    document.getElementById("rows").replaceChildren(...v.courses.map(c => App.el("tr", {},
      App.el("td", {}, c.id), App.el("td", {}, c.title), App.el("td", { class: "num" }, c.version), App.el("td", { class: "num" }, c.lessons),
      App.el("td", { class: "num" }, c.questions), App.el("td", { class: "num" }, c.quizSize + " / " + c.masteryScore + "%"))));
    problems("refused", v.refused, "card error", "noneRefused");
    problems("warnings", v.warnings || [], "card", "noneWarnings");
  }
  function problems(id, folders, css, none) {
    document.getElementById(id).replaceChildren(...(folders.length ? folders.map(r => App.el("section", { class: css },
      App.el("h3", {}, r.folder || "—"),
      App.el("ul", { class: "problems" }, r.problems.map(p => App.el("li", {}, App.el("code", {}, p.file + (p.line ? ":" + p.line : "")), " — ", p.message))))) :
      [App.el("p", { class: "ok" }, App.t(none))]));
  }
  try {
    await Admin.start(["DISTRICT_ADMIN"]);
    show(await App.get("/api/courses/catalogue"));
  } catch (e) { App.showError(box, e); }
  document.getElementById("reload").addEventListener("click", async () => {
    try { show(await App.post("/api/courses/catalogue/reload")); document.getElementById("reloaded").textContent = App.t("reloadedAt"); box.hidden = true; }
    catch (e) { App.showError(box, e); }
  });
});
