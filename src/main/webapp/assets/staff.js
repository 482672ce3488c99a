"use strict";
App.words({
  vi: { title: "Danh sách nhân sự", school: "Mã trường", search: "Tìm theo tên hoặc mã", category: "Nhóm", status: "Trạng thái", filter: "Lọc", code: "Mã", name: "Họ và tên", gender: "Giới tính", actions: "Thao tác", formTitle: "Thêm / sửa nhân sự", start: "Ngày bắt đầu", end: "Ngày kết thúc", save: "Lưu", clear: "Làm mới", edit: "Sửa", leave: "Cho nghỉ", account: "Cấp tài khoản", reset: "Đặt lại mật khẩu", confirmLeave: "Ghi nhận {0} đã nghỉ từ hôm nay? Hồ sơ và kết quả học tập vẫn được giữ.", temporary: "Mật khẩu tạm của {0}: {1} — hãy trao tận tay; người dùng phải đổi mật khẩu khi đăng nhập lần đầu." },
  en: { title: "Staff roster", school: "School code", search: "Search by name or code", category: "Category", status: "Status", filter: "Filter", code: "Code", name: "Full name", gender: "Gender", actions: "Actions", formTitle: "Add / edit a staff member", start: "Start date", end: "End date", save: "Save", clear: "Clear", edit: "Edit", leave: "Mark as left", account: "Create account", reset: "Reset password", confirmLeave: "Record that {0} left today? Their record and learning results are kept.", temporary: "Temporary password for {0}: {1} — hand it over in person; it must be changed at first sign-in." }
});
document.addEventListener("DOMContentLoaded", async () => {
  const me = await Admin.start();
  const box = document.getElementById("error"), notice = document.getElementById("notice");
  const params = new URLSearchParams(location.search);
  if (params.get("school")) document.getElementById("school").value = params.get("school");
  Admin.options(document.getElementById("category"), ["MANAGER", "EMPLOYEE", "OTHER"], true);
  Admin.options(document.getElementById("status"), ["ACTIVE", "ON_LEAVE", "LEFT"], true);
  Admin.options(document.getElementById("f-gender"), ["FEMALE", "MALE", "OTHER"], false);
  Admin.options(document.getElementById("f-category"), ["MANAGER", "EMPLOYEE", "OTHER"], false);
  Admin.options(document.getElementById("f-status"), ["ACTIVE", "ON_LEAVE", "LEFT"], false);
  const form = id => document.getElementById("f-" + id);
  let page = 0;
  async function load(p = page) {
    page = p;
    const q = new URLSearchParams({ page: p, size: 50 });
    for (const id of ["school", "q", "category", "status"]) { const v = document.getElementById(id).value.trim(); if (v) q.set(id, v); }
    try {
      const data = await App.get("/api/staff?" + q);
      document.getElementById("rows").replaceChildren(...data.items.map(s => App.el("tr", {},
        App.el("td", {}, s.code), App.el("td", {}, s.fullName), App.el("td", { class: "hide-phone" }, App.t(s.gender)), App.el("td", {}, App.t(s.category)),
        App.el("td", {}, App.t(s.status)), App.el("td", { class: "hide-phone" }, s.schoolName),
        App.el("td", {},
          App.el("button", { type: "button", class: "secondary", onclick: () => edit(s) }, App.t("edit")), " ",
          s.status !== "LEFT" ? App.el("button", { type: "button", class: "danger", onclick: () => leave(s) }, App.t("leave")) : null, " ",
          App.el("button", { type: "button", class: "secondary", onclick: () => account(s) }, App.t("account"))))));
      Admin.pager(document.getElementById("pager"), data, load);
    } catch (e) { App.showError(box, e); }
  }
  function edit(s) {
    form("code").value = s.code; form("code").readOnly = true; form("name").value = s.fullName;
    form("gender").value = s.gender; form("category").value = s.category; form("status").value = s.status;
    form("start").value = s.startDate || ""; form("end").value = s.endDate || ""; form("school").value = s.schoolCode;
    form("name").focus();
  }
  async function leave(s) {
    if (!confirm(App.t("confirmLeave", s.fullName))) return;
    try { await App.post("/api/staff/" + encodeURIComponent(s.code) + "/deactivation"); load(); } catch (e) { App.showError(box, e); }
  }
  function show(c) { notice.textContent = App.t("temporary", c.username, c.temporaryPassword); notice.hidden = false; notice.focus && notice.focus(); }
  async function account(s) {
    box.hidden = true;
    try { show(await App.post("/api/accounts", { username: s.code, role: "STAFF" })); }
    catch (e) {
      if (e.status === 409) { try { show(await App.post("/api/accounts/" + encodeURIComponent(s.code) + "/password-reset")); } catch (e2) { App.showError(box, e2); } }
      else App.showError(box, e);
    }
  }
  document.getElementById("filter").addEventListener("submit", ev => { ev.preventDefault(); load(0); });
  document.getElementById("person").addEventListener("reset", () => { form("code").readOnly = false; });
  document.getElementById("person").addEventListener("submit", async ev => {
    ev.preventDefault();
    const body = { code: form("code").value.trim(), fullName: form("name").value, gender: form("gender").value, category: form("category").value,
      status: form("status").value, startDate: form("start").value || null, endDate: form("end").value || null, schoolCode: form("school").value.trim() };
    try {
      if (form("code").readOnly) await App.put("/api/staff/" + encodeURIComponent(body.code), body); else await App.post("/api/staff", body);
      ev.target.reset(); form("code").readOnly = false; box.hidden = true; notice.textContent = App.t("saved"); notice.hidden = false; load();
    } catch (e) { App.showError(box, e); }
  });
  if (me.role === "SCHOOL_ADMIN") { const own = await App.get("/api/schools"); if (own.items[0]) form("school").value = own.items[0].code; }
  load(0);
});
