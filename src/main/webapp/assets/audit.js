// The audit log: filters, a page of entries newest first, the same entries as CSV.
"use strict";
App.words({
  vi: { title: "Nhật ký thay đổi", intro: "Mọi thay đổi có thể làm thay đổi số liệu của trường hoặc hồ sơ của một người đều được ghi lại tại đây: ai, lúc nào, từ địa chỉ nào, thay đổi gì. Nhật ký chỉ được thêm, không ai sửa hay xóa được.",
        school: "Mã trường", staff: "Mã nhân sự", kind: "Loại thay đổi", from: "Từ ngày", to: "Đến ngày", bySchool: "Chỉ thay đổi do trường tự thực hiện làm đổi số liệu",
        filter: "Lọc", csv: "Tải CSV", at: "Thời điểm", actor: "Người thực hiện", address: "Địa chỉ", subject: "Đối tượng", change: "Trước → sau",
        empty: "Không có mục nào khớp bộ lọc.", system: "hệ thống", job: "lần nhập {0}",
        STAFF_CREATED: "Thêm nhân sự", STAFF_CHANGED: "Sửa thông tin nhân sự", STAFF_CATEGORY_CHANGED: "Đổi nhóm nhân sự", STAFF_SCHOOL_CHANGED: "Chuyển trường",
        STAFF_DATES_CHANGED: "Đổi ngày bắt đầu/kết thúc", STAFF_LEFT: "Ghi nhận nghỉ việc", ROSTER_IMPORTED: "Nhập tệp danh sách", SCHOOL_CREATED: "Thêm trường",
        SCHOOL_CHANGED: "Sửa thông tin trường", SCHOOL_CLOSED: "Đóng trường", SCHOOL_REOPENED: "Mở lại trường", ACCOUNT_CREATED: "Cấp tài khoản",
        PASSWORD_RESET: "Đặt lại mật khẩu", ACCOUNT_DISABLED: "Khóa tài khoản", ACCOUNT_ENABLED: "Mở khóa tài khoản", PROGRAMME_CREATED: "Tạo chương trình",
        PROGRAMME_CHANGED: "Sửa chương trình", SESSION_RECORDED: "Ghi nhận buổi tập huấn trực tiếp", REPORT_FILED: "Nộp báo cáo", CHANGE_CONFIRMED: "Xác nhận thay đổi",
        CREDENTIAL_CREATED: "Tạo thông tin xác thực LRS", CREDENTIAL_CHANGED: "Sửa thông tin xác thực LRS", STATEMENT_VOIDED: "Hủy bản ghi xAPI (statement)",
        PERSON_EXPORTED: "Xuất dữ liệu cá nhân", PERSON_ERASED: "Xóa dữ liệu cá nhân", COURSE_APPROVED: "Phê duyệt khóa học",
        CONTACT_ADDED: "Thêm liên hệ hỗ trợ", CONTACT_CHANGED: "Sửa liên hệ hỗ trợ", CONTACT_REMOVED: "Xóa liên hệ hỗ trợ", CONTACTS_IMPORTED: "Nhập tệp danh bạ hỗ trợ" },
  en: { title: "Change log", intro: "Every change that can move a school's figure or a person's record is written here: who, when, from which address, what changed. The log is append-only: nobody can change or remove an entry.",
        school: "School code", staff: "Staff code", kind: "Kind of change", from: "From", to: "To", bySchool: "Only figure-moving changes made by the school itself",
        filter: "Filter", csv: "Download CSV", at: "When", actor: "Who", address: "Address", subject: "Subject", change: "Before → after",
        empty: "No entries match the filter.", system: "system", job: "import {0}",
        STAFF_CREATED: "Staff added", STAFF_CHANGED: "Staff details changed", STAFF_CATEGORY_CHANGED: "Category changed", STAFF_SCHOOL_CHANGED: "Moved school",
        STAFF_DATES_CHANGED: "Start/end date changed", STAFF_LEFT: "Marked as left", ROSTER_IMPORTED: "Roster file imported", SCHOOL_CREATED: "School added",
        SCHOOL_CHANGED: "School details changed", SCHOOL_CLOSED: "School closed", SCHOOL_REOPENED: "School reopened", ACCOUNT_CREATED: "Account created",
        PASSWORD_RESET: "Password reset", ACCOUNT_DISABLED: "Account disabled", ACCOUNT_ENABLED: "Account enabled", PROGRAMME_CREATED: "Programme created",
        PROGRAMME_CHANGED: "Programme changed", SESSION_RECORDED: "In-person session recorded", REPORT_FILED: "Report filed", CHANGE_CONFIRMED: "Change confirmed",
        CREDENTIAL_CREATED: "LRS credential created", CREDENTIAL_CHANGED: "LRS credential changed", STATEMENT_VOIDED: "xAPI statement voided",
        PERSON_EXPORTED: "Personal data exported", PERSON_ERASED: "Personal data erased", COURSE_APPROVED: "Course approved",
        CONTACT_ADDED: "Referral contact added", CONTACT_CHANGED: "Referral contact changed", CONTACT_REMOVED: "Referral contact removed", CONTACTS_IMPORTED: "Referral contacts imported" }
});
const KINDS = ["STAFF_CREATED", "STAFF_CHANGED", "STAFF_CATEGORY_CHANGED", "STAFF_SCHOOL_CHANGED", "STAFF_DATES_CHANGED", "STAFF_LEFT", "ROSTER_IMPORTED",
  "SCHOOL_CREATED", "SCHOOL_CHANGED", "SCHOOL_CLOSED", "SCHOOL_REOPENED", "ACCOUNT_CREATED", "PASSWORD_RESET", "ACCOUNT_DISABLED", "ACCOUNT_ENABLED",
  "PROGRAMME_CREATED", "PROGRAMME_CHANGED", "SESSION_RECORDED", "REPORT_FILED", "CHANGE_CONFIRMED", "CREDENTIAL_CREATED", "CREDENTIAL_CHANGED",
  "STATEMENT_VOIDED", "PERSON_EXPORTED", "PERSON_ERASED", "COURSE_APPROVED", "CONTACT_ADDED", "CONTACT_CHANGED", "CONTACT_REMOVED", "CONTACTS_IMPORTED"]; // AuditKind, in its order (unknown kinds show their key)
document.addEventListener("DOMContentLoaded", async () => {
  await Admin.start();
  const box = document.getElementById("error");
  const params = new URLSearchParams(location.search);
  Admin.options(document.getElementById("kind"), KINDS, true);
  for (const id of ["school", "staff", "kind", "from", "to"]) if (params.get(id)) document.getElementById(id).value = params.get(id);
  document.getElementById("bySchool").checked = params.get("bySchool") === "true";
  let page = 0;
  function query() {
    const q = new URLSearchParams();
    for (const id of ["school", "staff", "kind", "from", "to"]) { const v = document.getElementById(id).value.trim(); if (v) q.set(id, v); }
    if (document.getElementById("bySchool").checked) q.set("bySchool", "true");
    return q;
  }
  function change(e) {
    if (e.before == null && e.after == null) return "";
    return (e.before == null ? "" : e.before + " → ") + (e.after == null ? "" : e.after);
  }
  async function load(p = page) {
    page = p;
    const q = query();
    document.getElementById("csv").href = "/api/audit/export.csv?" + q;
    q.set("page", p); q.set("size", 50);
    try {
      const data = await App.get("/api/audit?" + q);
      box.hidden = true;
      document.getElementById("rows").replaceChildren(...data.items.map(e => App.el("tr", {},
        App.el("td", {}, App.formatDateTime(e.at)), App.el("td", {}, e.actor === "system" ? App.t("system") : e.actor),
        App.el("td", { class: "hide-phone" }, e.address || ""), App.el("td", {}, App.t(e.kind)),
        App.el("td", {}, e.schoolCode || ""), App.el("td", {}, e.staffCode || ""),
        App.el("td", { class: "hide-phone" }, (e.subject || "") + (e.importJob ? " (" + App.t("job", e.importJob.substring(0, 8)) + ")" : "")),
        App.el("td", {}, change(e)))));
      document.getElementById("empty").hidden = data.total > 0;
      Admin.pager(document.getElementById("pager"), data, load);
    } catch (e) { App.showError(box, e); }
  }
  document.getElementById("filter").addEventListener("submit", ev => { ev.preventDefault(); load(0); });
  load(0);
});
