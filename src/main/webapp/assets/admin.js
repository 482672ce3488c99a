// The admin header and words shared by the admin pages.
"use strict";
App.words({
  vi: { navSchools: "Trường", navStaff: "Nhân sự", navImport: "Nhập dữ liệu", navReports: "Báo cáo", navProgrammes: "Chương trình", navAccounts: "Tài khoản", navCourses: "Khóa học", navXapi: "xAPI / LRS", navContacts: "Danh bạ hỗ trợ", navAudit: "Nhật ký thay đổi",
        PUBLIC: "Công lập", NON_PUBLIC: "Ngoài công lập", MANAGER: "Cán bộ quản lý", EMPLOYEE: "Viên chức", OTHER: "Khác",
        FEMALE: "Nữ", MALE: "Nam", ACTIVE: "Đang làm việc", ON_LEAVE: "Tạm nghỉ", LEFT: "Đã nghỉ", any: "Tất cả",
        STAFF: "Nhân sự", SCHOOL_ADMIN: "Quản trị trường", DISTRICT_ADMIN: "Quản trị phòng/sở" },
  en: { navSchools: "Schools", navStaff: "Staff", navImport: "Import", navReports: "Reports", navProgrammes: "Programmes", navAccounts: "Accounts", navCourses: "Courses", navXapi: "xAPI / LRS", navContacts: "Referral contacts", navAudit: "Change log",
        PUBLIC: "Public", NON_PUBLIC: "Non-public", MANAGER: "Manager", EMPLOYEE: "Employee", OTHER: "Other",
        FEMALE: "Female", MALE: "Male", ACTIVE: "Active", ON_LEAVE: "On leave", LEFT: "Left", any: "Any",
        STAFF: "Staff", SCHOOL_ADMIN: "School admin", DISTRICT_ADMIN: "District admin" }
});
const Admin = {
  /** Fills a <select> with enum values and their translated names. */
  options(select, values, withAny) {
    select.replaceChildren(...(withAny ? [App.el("option", { value: "" }, App.t("any"))] : []), ...values.map(v => App.el("option", { value: v }, App.t(v))));
  },
  /** A table that stacks on a phone (table.stack-phone in app.css): each body cell labelled with its column's header. */
  labelCells(table) {
    const labels = [...table.tHead.rows[0].cells].map(th => th.textContent.trim());
    for (const row of table.tBodies[0].rows) [...row.cells].forEach((td, i) => td.setAttribute("data-label", labels[i] || ""));
  },
  pager(box, page, onPage) {
    const from = page.total === 0 ? 0 : page.page * page.size + 1, to = Math.min(page.total, (page.page + 1) * page.size);
    box.replaceChildren(
      App.el("button", { type: "button", class: "secondary", disabled: page.page === 0, onclick: () => onPage(page.page - 1) }, App.t("prev")),
      App.el("span", { "aria-live": "polite" }, App.t("pageOf", App.number(from), App.number(to), App.number(page.total))),
      App.el("button", { type: "button", class: "secondary", disabled: to >= page.total, onclick: () => onPage(page.page + 1) }, App.t("next")));
  },
  async start(roles) {
    App.translate();
    const me = await App.signedIn(roles || ["DISTRICT_ADMIN", "SCHOOL_ADMIN"]);
    // the brand leads home: the schools for the district, their school's report for a principal
    const brand = document.querySelector("header.top a.brand");
    if (brand) brand.href = me.home;
    const here = location.pathname;
    document.querySelectorAll("header.top nav a").forEach(a => { if (a.getAttribute("href") === here || (here.endsWith("/admin/") && a.getAttribute("href") === "/admin/")) a.setAttribute("aria-current", "page"); });
    return me;
  }
};
