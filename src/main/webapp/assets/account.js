// "Tài khoản của tôi": everything held about the signed-in person, readable, and the same as a JSON download
// (GET /api/privacy/me — docs/privacy.md).
"use strict";
App.words({
  vi: { title: "Tài khoản của tôi", intro: "Đây là toàn bộ dữ liệu hệ thống đang lưu về bạn. Bạn có thể tải về một bản (tệp JSON).",
    download: "Tải toàn bộ dữ liệu của tôi (JSON)", password: "Đổi mật khẩu", profile: "Thông tin cá nhân", courses: "Quá trình học",
    course: "Khóa học", started: "Bắt đầu", completed: "Hoàn thành", lessons: "Bài đã đọc", attempts: "Lần làm bài kiểm tra", best: "Điểm cao nhất",
    certificates: "Chứng nhận", statements: "Bản ghi học tập (xAPI)", notice: "Thông báo xử lý dữ liệu cá nhân",
    statementsNote: "{0} bản ghi, chỉ mang mã ẩn danh {1}, không có họ tên.", none: "Chưa có.", acknowledged: "Bạn đã xác nhận đọc lúc {0}.",
    notAcknowledged: "Bạn chưa xác nhận đọc thông báo này.",
    staffCode: "Mã nhân sự", fullName: "Họ và tên", gender: "Giới tính", category: "Nhóm", status: "Trạng thái", startDate: "Ngày bắt đầu",
    endDate: "Ngày kết thúc", schoolName: "Trường", username: "Tên đăng nhập", role: "Vai trò", lastSignInAt: "Đăng nhập gần nhất" },
  en: { title: "My account", intro: "This is everything the service keeps about you. You can download a copy (a JSON file).",
    download: "Download all my data (JSON)", password: "Change password", profile: "Personal details", courses: "Learning",
    course: "Course", started: "Started", completed: "Completed", lessons: "Lessons read", attempts: "Quiz attempts", best: "Best score",
    certificates: "Certificates", statements: "Learning records (xAPI)", notice: "Notice on the processing of personal data",
    statementsNote: "{0} records, carrying only the pseudonymous key {1}, never your name.", none: "None yet.", acknowledged: "You confirmed reading it on {0}.",
    notAcknowledged: "You have not confirmed reading this notice yet.",
    staffCode: "Staff code", fullName: "Full name", gender: "Gender", category: "Category", status: "Status", startDate: "Start date",
    endDate: "End date", schoolName: "School", username: "Username", role: "Role", lastSignInAt: "Last sign-in" }
});
document.addEventListener("DOMContentLoaded", async () => {
  const box = document.getElementById("error");
  const time = t => t ? App.formatDateTime(t) : "—";
  try {
    await App.signedIn();
    App.translate();
    const [data, notice] = await Promise.all([App.get("/api/privacy/me"), App.get("/api/privacy/notice")]);
    const details = Object.assign({}, data.profile || {}, data.account || {});
    document.getElementById("profile").replaceChildren(...["staffCode", "fullName", "gender", "category", "status", "startDate", "endDate",
      "schoolName", "username", "role", "lastSignInAt"].filter(k => details[k] != null)
      .flatMap(k => [App.el("dt", {}, App.t(k)), App.el("dd", {}, k === "lastSignInAt" ? time(details[k]) : String(details[k]))]));
    const courses = data.courses || [];
    document.getElementById("courses").replaceChildren(...courses.map(c => App.el("tr", {}, App.el("td", {}, c.courseId),
      App.el("td", {}, time(c.startedAt)), App.el("td", {}, time(c.completedAt)), App.el("td", {}, Object.keys(c.lessonsRead).length),
      App.el("td", {}, c.quizAttempts.length), App.el("td", {}, c.bestPercent == null ? "—" : c.bestPercent + "%"))));
    const certs = data.certificates || [];
    document.getElementById("certificates").replaceChildren(...(certs.length ? certs.map(c => App.el("li", {}, c.courseTitle + " — " + c.code + " (" + time(c.issuedAt) + ")"))
      : [App.el("li", {}, App.t("none"))]));
    const statements = data.statements || [];
    document.getElementById("statements-note").textContent = App.t("statementsNote", statements.length, data.profile ? data.profile.pseudonymousActorKey : "—");
    document.getElementById("statements").replaceChildren(...statements.slice(-50).reverse().map(s => App.el("li", {},
      time(s.timestamp) + " · " + ((s.verb.display && (s.verb.display[App.lang] || s.verb.display["en-US"] || s.verb.display.en)) || s.verb.id) + " · " + s.object.id)));
    document.getElementById("notice-text").textContent = App.lang === "en" ? notice.en : notice.vi;
    document.getElementById("notice-ack").textContent = notice.acknowledged ? App.t("acknowledged", time(notice.acknowledgedAt)) : App.t("notAcknowledged");
  } catch (e) { App.showError(box, e); }
});
