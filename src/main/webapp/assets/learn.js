// Shared by the learner pages (/learn/): words, the signed-in staff member, small helpers.
"use strict";
App.words({
  vi: { brand: "Tập huấn", myCourses: "Khóa học của tôi", NOT_STARTED: "Chưa bắt đầu", IN_PROGRESS: "Đang học", COMPLETED: "Đã hoàn thành",
        minutes: "{0} phút", lessons: "{0} bài học", lessonsRead: "Đã đọc {0}/{1} bài", score: "Điểm: {0}%", completedOn: "Hoàn thành ngày {0}",
        start: "Bắt đầu học", resume: "Học tiếp", review: "Xem lại", certificate: "Tải giấy chứng nhận (PDF)", loading: "Đang tải…",
        takeQuiz: "Làm bài kiểm tra", quizInfo: "Bài kiểm tra: {0} câu, cần trả lời đúng ít nhất {1}%.", read: "đã đọc",
        lessonOf: "Bài {0}/{1}", prevLesson: "‹ Bài trước", nextLesson: "Đã đọc xong · Bài tiếp ›", lastLesson: "Đã đọc xong · Làm bài kiểm tra ›",
        backToCourse: "‹ Về khóa học", allRead: "Bạn đã đọc hết các bài. Hãy làm bài kiểm tra.", reviewNote: "Ghi chú nội dung",
        continueAt: "Học tiếp: {0}", courseDone: "Bạn đã hoàn thành khóa học này.", draft: "Bản dự thảo, chờ phê duyệt",
        pretestTitle: "Bài kiểm tra đầu vào", IN_PERSON: "(buổi tập huấn trực tiếp)", EXTERNAL: "(ghi nhận từ hệ thống khác)",
        retrain: "Học lại cho {0}", countsFor: "Đã hoàn thành cho {0}", notYetFor: "Chưa hoàn thành cho {0}",
        retrainingFor: "Đang học lại cho {0}", neededFor: "Cần hoàn thành cho {0}", earlier: "Trước đây: hoàn thành ngày {0}" },
  en: { brand: "Training", myCourses: "My courses", NOT_STARTED: "Not started", IN_PROGRESS: "In progress", COMPLETED: "Completed",
        minutes: "{0} min", lessons: "{0} lessons", lessonsRead: "Read {0} of {1} lessons", score: "Score: {0}%", completedOn: "Completed on {0}",
        start: "Start", resume: "Continue", review: "Review", certificate: "Download the certificate (PDF)", loading: "Loading…",
        takeQuiz: "Take the quiz", quizInfo: "Quiz: {0} questions; get at least {1}% right to pass.", read: "read",
        lessonOf: "Lesson {0} of {1}", prevLesson: "‹ Previous lesson", nextLesson: "Done · Next lesson ›", lastLesson: "Done · Take the quiz ›",
        backToCourse: "‹ Back to the course", allRead: "You have read every lesson. Take the quiz.", reviewNote: "About this content",
        continueAt: "Continue: {0}", courseDone: "You have completed this course.", draft: "Draft, awaiting approval",
        pretestTitle: "Pre-test", IN_PERSON: "(in-person session)", EXTERNAL: "(recorded by another system)",
        retrain: "Retrain for {0}", countsFor: "Completed for {0}", notYetFor: "Not yet done for {0}",
        retrainingFor: "Retraining for {0}", neededFor: "Needed for {0}", earlier: "Earlier: completed on {0}" }
});
const Learn = {
  param(name) { return new URLSearchParams(location.search).get(name); },
  async start() {
    App.translate();
    return App.signedIn(["STAFF"]);
  },
  /** A date-time from the API (UTC, no zone) as a day in Vietnam, dd/MM/yyyy (App.formatDate). */
  date(iso) { return iso ? App.formatDate(iso) : ""; },
  /** The course's state; a completion made in person or by another system says so (it has no lessons read here). */
  badge(state, through) {
    const cls = state === "COMPLETED" ? "ok" : state === "IN_PROGRESS" ? "progress" : "";
    const how = state === "COMPLETED" && (through === "IN_PERSON" || through === "EXTERNAL") ? " " + App.t(through) : "";
    return App.el("span", { class: "badge " + cls }, App.t(state || "NOT_STARTED") + how);
  },
  certificateLink(code) {
    return App.el("a", { class: "button secondary", href: "/api/certificates/" + encodeURIComponent(code) + "/pdf", download: "" }, App.t("certificate"));
  },
  lessonUrl(course, lesson) { return "/learn/lesson.html?course=" + encodeURIComponent(course) + "&lesson=" + encodeURIComponent(lesson); },
  courseUrl(course) { return "/learn/course.html?id=" + encodeURIComponent(course); },
  quizUrl(course) { return "/learn/quiz.html?course=" + encodeURIComponent(course); },
  pretestUrl(course) { return "/learn/quiz.html?course=" + encodeURIComponent(course) + "&pretest=1"; },
  /**
   * Where the course stands for each running programme that requires it of the learner: a completion before the
   * programme's window is history ("Trước đây: hoàn thành ngày …"), not a completion for it.
   */
  standings(card) {
    return (card.programmes || []).map(p => {
      const name = p.programme.name;
      const text = p.countsForProgramme ? App.t("countsFor", name) : p.retraining ? App.t("retrainingFor", name)
        : p.retrainDue ? App.t("notYetFor", name) : App.t("neededFor", name);
      const last = p.earlierCompletions[0];
      return App.el("p", { class: "programme", "data-programme": String(p.programme.id) },
        App.el("span", { class: "badge " + (p.countsForProgramme ? "ok" : p.retraining ? "progress" : "due") }, text),
        !p.countsForProgramme && last ? " " + App.t("earlier", Learn.date(last.completedAt)) : null);
    });
  },
  /** "Học lại cho …": starts a new run of the course for the programme, then opens the course. */
  retrainButtons(card) {
    return (card.programmes || []).filter(p => p.retrainDue).map(p => App.el("button", {
      type: "button", class: "button retrain", "data-programme": String(p.programme.id),
      onclick: async e => {
        e.target.disabled = true;
        try {
          await App.post("/api/courses/" + encodeURIComponent(card.id) + "/retrain/" + p.programme.id);
          location.href = Learn.courseUrl(card.id);
        } catch (err) { e.target.disabled = false; App.showError(document.getElementById("error"), err); }
      } }, App.t("retrain", p.programme.name)));
  },
  draftBadge(card) { return card.draft ? App.el("span", { class: "badge draft" }, App.t("draft")) : null; }
};
