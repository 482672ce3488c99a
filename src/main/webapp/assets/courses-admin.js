"use strict";
App.words({
  vi: { navCourses: "Khóa học", title: "Khóa học", reload: "Tải lại nội dung khóa học", loaded: "Khóa học đang dùng", id: "Mã", name: "Tên khóa học", version: "Phiên bản",
        lessons: "Bài học", questions: "Câu hỏi", quiz: "Đề (câu / % đạt)", refusedTitle: "Khóa học bị từ chối", noneRefused: "Không có khóa học nào bị từ chối.",
        warningsTitle: "Cảnh báo chất lượng", noneWarnings: "Không có cảnh báo.",
        sources: "Nguồn", sourcesOn: "nguồn được kiểm tra ngày {0}", sourcesStale: "quá 6 tháng, cần kiểm tra lại", noSources: "chưa có nguồn",
        approval: "Phê duyệt", approvedBy: "Đã duyệt phiên bản {0}: {1}, {2}", draftCourse: "Bản dự thảo (phiên bản {0} chưa được duyệt)",
        approve: "Ghi nhận phê duyệt phiên bản {0}", approveConfirm: "Ghi nhận rằng cơ quan quản lý giáo dục đã phê duyệt phiên bản {0} của khóa học \"{1}\"?",
        approved: "Đã ghi nhận phê duyệt.", gainTitle: "Mức tiến bộ sau khóa học", gainHelp: "Điểm trung bình bài kiểm tra đầu vào so với lần kiểm tra đầu tiên, của cùng những người đã làm cả hai.",
        gainCourse: "Khóa học", gainSchool: "Trường", pretested: "Làm bài đầu vào", paired: "Làm cả hai", pre: "Đầu vào (TB)", first: "Lần kiểm tra đầu (TB)", gain: "Tiến bộ",
        gainCsv: "Tải CSV theo trường", noGain: "Chưa có ai làm bài kiểm tra đầu vào.", points: "{0} điểm %",
        source: "Nội dung khóa học tải lúc {0}", reloadedAt: "Đã tải lại.", line: "dòng {0}" },
  en: { navCourses: "Courses", title: "Courses", reload: "Reload the course content", loaded: "Courses in use", id: "Id", name: "Course", version: "Version",
        lessons: "Lessons", questions: "Questions", quiz: "Quiz (questions / % to pass)", refusedTitle: "Refused courses", noneRefused: "No course was refused.",
        warningsTitle: "Quality warnings", noneWarnings: "No warnings.",
        sources: "Sources", sourcesOn: "sources verified on {0}", sourcesStale: "over 6 months old, check again", noSources: "no sources yet",
        approval: "Approval", approvedBy: "Version {0} approved: {1}, {2}", draftCourse: "Draft (version {0} not approved)",
        approve: "Record approval of version {0}", approveConfirm: "Record that the education office approved version {0} of \"{1}\"?",
        approved: "Approval recorded.", gainTitle: "Learning gain", gainHelp: "Average pre-test score against the first quiz attempt, over the same people who took both.",
        gainCourse: "Course", gainSchool: "School", pretested: "Took the pre-test", paired: "Took both", pre: "Pre-test (avg)", first: "First quiz (avg)", gain: "Gain",
        gainCsv: "Download CSV by school", noGain: "No one has taken a pre-test yet.", points: "{0} points",
        source: "Course content loaded at {0}", reloadedAt: "Reloaded.", line: "line {0}" }
});
document.addEventListener("DOMContentLoaded", async () => {
  const box = document.getElementById("error");
  function show(v) {
    // the server's folder is an operator's detail (docs/operations.md), not something an education officer acts on
    document.getElementById("source").textContent = App.t("source", App.formatDateTime(v.loadedAt));
    document.getElementById("rows").replaceChildren(...v.courses.map(c => App.el("tr", { "data-course": c.id },
      App.el("td", {}, c.id), App.el("td", {}, c.title), App.el("td", { class: "num" }, c.version), App.el("td", { class: "num" }, c.lessons),
      App.el("td", { class: "num" }, c.questions), App.el("td", { class: "num" }, c.quizSize + " / " + c.masteryScore + "%"),
      App.el("td", { class: "sources" }, sources(c)), App.el("td", { class: "approval" }, approval(c)))));
    problems("refused", v.refused, "card error", "noneRefused");
    problems("warnings", v.warnings || [], "card", "noneWarnings");
  }
  const day = App.formatDate;
  function sources(c) {
    if (!c.sourcesVerifiedOn) return App.el("span", { class: "muted" }, App.t("noSources"));
    return [App.t("sourcesOn", day(c.sourcesVerifiedOn)), c.sourcesStale ? App.el("strong", { class: "bad stale" }, " ⚠ " + App.t("sourcesStale")) : null];
  }
  function approval(c) {
    if (c.approvedBy) return App.el("span", { class: "ok" }, App.t("approvedBy", c.version, c.approvedBy, day(c.approvedAt)));
    const button = App.el("button", { type: "button", class: "secondary approve" }, App.t("approve", c.version));
    button.addEventListener("click", async () => {
      if (!confirm(App.t("approveConfirm", c.version, c.title))) return;
      button.disabled = true;
      try {
        await App.post("/api/course-review/approvals", { courseId: c.id, version: c.version });
        show(await App.get("/api/courses/catalogue"));
        document.getElementById("reloaded").textContent = App.t("approved");
      } catch (e) { button.disabled = false; App.showError(box, e); }
    });
    return [App.el("span", { class: "badge draft" }, App.t("draftCourse", c.version)), " ", button];
  }
  const percent = x => App.formatPercent(x);
  function gainRows(rows, withSchool) {
    return rows.map(g => App.el("tr", {}, App.el("td", {}, g.courseTitle), withSchool ? App.el("td", {}, g.schoolCode + " — " + g.schoolName) : null,
      App.el("td", { class: "num" }, g.pretested), App.el("td", { class: "num" }, g.paired), App.el("td", { class: "num" }, percent(g.pairedPretest)),
      App.el("td", { class: "num" }, percent(g.firstQuiz)), App.el("td", { class: "num" }, g.gain == null ? "—" : App.t("points", (g.gain > 0 ? "+" : "") + App.number(Math.round(g.gain * 10) / 10)))));
  }
  function showGain(g) {
    document.getElementById("gain-courses").replaceChildren(...gainRows(g.courses, false));
    document.getElementById("gain-schools").replaceChildren(...gainRows(g.schools, true));
    document.getElementById("no-gain").hidden = g.courses.length > 0;
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
    showGain(await App.get("/api/course-review/gain"));
  } catch (e) { App.showError(box, e); }
  document.getElementById("reload").addEventListener("click", async () => {
    try { show(await App.post("/api/courses/catalogue/reload")); document.getElementById("reloaded").textContent = App.t("reloadedAt"); box.hidden = true; }
    catch (e) { App.showError(box, e); }
  });
});
