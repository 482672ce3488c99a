// Referral contacts page: the directory (district: every level; principal: their school's, with their ward's and
// the city's shown read-only), the add/edit form, CSV import/export, and the checklist of schools with gaps.
"use strict";
App.words({
  vi: { title: "Danh bạ hỗ trợ, chuyển gửi", intro: "Các nơi nhà trường chuyển gửi khi phát hiện vụ việc. Bài học hiển thị cho mỗi người liên hệ của trường mình, rồi của phường/xã, rồi của thành phố, kèm các tổng đài 111, 113, 115; loại nào chưa có liên hệ sẽ hiện “Nhà trường chưa cập nhật”.",
        level: "Cấp", kind: "Loại", ward: "Phường/xã", school: "Mã trường", schoolName: "Tên trường", search: "Tìm theo tên hoặc số", filter: "Lọc", name: "Tên", phone: "Điện thoại",
        place: "Cấp / nơi", hours: "Giờ làm việc", actions: "Thao tác", formTitle: "Thêm / sửa liên hệ", wardHelp: "Viết đúng như cột Phường/xã của danh sách trường.",
        phoneHelp: "Ví dụ 028 3811 1234 hoặc 0912 345 678; số máy lẻ ghi vào Ghi chú.", address: "Địa chỉ", note: "Ghi chú",
        exampleHelp: "Liên hệ mẫu (không có thật) — hiện nhãn “Ví dụ”", save: "Lưu", clear: "Làm mới", edit: "Sửa", remove: "Xoá",
        confirmRemove: "Xoá liên hệ “{0}”?", fileTitle: "Nhập / xuất tệp", file: "Tệp (.csv hoặc .xlsx)", send: "Tải lên và nhập", export: "Xuất CSV",
        fileIntro: "CSV UTF-8 (hoặc .xlsx) với các cột: Loại, Cấp, Phường/xã, Mã trường, Tên, Điện thoại, Địa chỉ, Giờ làm việc, Ghi chú, Ví dụ. Cả tệp được kiểm tra trước: có lỗi thì không dòng nào được nhập. Tệp xuất ra nhập lại được ngay.",
        imported: "Đã nhập: {0} thêm mới, {1} cập nhật, {2} không đổi.", gapsTitle: "Trường còn thiếu liên hệ", missing: "Còn thiếu",
        gapsIntro: "Loại liên hệ mỗi trường cần có (ở cấp trường, phường/xã hoặc thành phố): {0}. {1} / {2} trường còn thiếu.", noGaps: "Không trường nào còn thiếu.",
        SCHOOL: "Trường", WARD: "Phường/xã", CITY: "Thành phố", example: "Ví dụ", readOnly: "do phòng/sở cập nhật" },
  en: { title: "Referral contacts", intro: "Where a school refers a case. Lessons show each person their school's contacts, then their ward's, then the city's, with the 111, 113 and 115 hotlines; a kind without a contact shows “Not yet provided by the school”.",
        level: "Level", kind: "Kind", ward: "Ward", school: "School code", schoolName: "School", search: "Search by name or number", filter: "Filter", name: "Name", phone: "Phone",
        place: "Level / place", hours: "Hours", actions: "Actions", formTitle: "Add / edit a contact", wardHelp: "Write it exactly as the school list's ward column does.",
        phoneHelp: "E.g. 028 3811 1234 or 0912 345 678; put an extension in the note.", address: "Address", note: "Note",
        exampleHelp: "Example contact (fictional) — shown with an “Example” label", save: "Save", clear: "Clear", edit: "Edit", remove: "Delete",
        confirmRemove: "Delete the contact “{0}”?", fileTitle: "Import / export a file", file: "File (.csv or .xlsx)", send: "Upload and import", export: "Export CSV",
        fileIntro: "CSV UTF-8 (or .xlsx) with the columns kind, level, ward, school_code, name, phone, address, hours, note, example. The whole file is checked first: if anything is wrong, nothing is imported. An exported file imports back as it is.",
        imported: "Imported: {0} new, {1} changed, {2} unchanged.", gapsTitle: "Schools with missing contacts", missing: "Missing",
        gapsIntro: "Kinds every school needs (at school, ward or city level): {0}. {1} of {2} schools lack some.", noGaps: "No school lacks any.",
        SCHOOL: "School", WARD: "Ward", CITY: "City", example: "Example", readOnly: "kept by the district" }
});
document.addEventListener("DOMContentLoaded", async () => {
  const me = await Admin.start();
  const $ = id => document.getElementById(id), f = id => $("f-" + id);
  const box = $("error"), notice = $("notice"), district = me.role === "DISTRICT_ADMIN";
  const vocabulary = await App.get("/api/referral-contacts/kinds");
  const label = k => vocabulary.kinds[k] || k;
  const kindOptions = (select, any) => select.replaceChildren(...(any ? [App.el("option", { value: "" }, App.t("any"))] : []),
    ...Object.entries(vocabulary.kinds).map(([k, l]) => App.el("option", { value: k }, l)));
  kindOptions($("kind"), true); kindOptions(f("kind"), false);
  Admin.options($("level"), ["CITY", "WARD", "SCHOOL"], true);
  Admin.options(f("level"), ["SCHOOL", "WARD", "CITY"], false);
  let editing = null, page = 0, ownSchool = "";
  function placeFields() {
    const level = district ? f("level").value : "SCHOOL";
    $("f-ward-field").hidden = $("f-ward-help").hidden = level !== "WARD"; $("f-school-field").hidden = level !== "SCHOOL";
    f("school").readOnly = !district;
  }
  function done(text) { box.hidden = true; notice.textContent = text; notice.hidden = false; }
  function place(c) { return App.t(c.level) + (c.ward ? " · " + c.ward : c.schoolCode ? " · " + c.schoolCode + " " + c.schoolName : ""); }
  async function load(p = page) {
    page = p;
    const q = new URLSearchParams({ page: p, size: 50 });
    for (const id of ["level", "kind", "ward", "school", "q"]) { const v = $(id).value.trim(); if (v && district) q.set(id, v); }
    try {
      const data = await App.get("/api/referral-contacts?" + q);
      $("rows").replaceChildren(...data.items.map(c => App.el("tr", {},
        App.el("td", {}, label(c.kind)),
        App.el("td", {}, c.name, c.example ? [" ", App.el("span", { class: "badge" }, App.t("example"))] : null),
        App.el("td", {}, App.el("a", { href: c.tel }, c.phone)),
        App.el("td", {}, place(c)), App.el("td", { class: "hide-phone" }, c.hours || ""),
        App.el("td", {}, c.editable ? [App.el("button", { type: "button", class: "secondary", onclick: () => edit(c) }, App.t("edit")), " ",
          App.el("button", { type: "button", class: "danger", onclick: () => remove(c) }, App.t("remove"))] : App.el("span", { class: "muted" }, App.t("readOnly"))))));
      Admin.pager($("pager"), data, load);
    } catch (e) { App.showError(box, e); }
  }
  function edit(c) {
    editing = c.id;
    f("kind").value = c.kind; f("level").value = c.level; f("ward").value = c.ward || ""; f("school").value = c.schoolCode || ownSchool;
    f("name").value = c.name; f("phone").value = c.phone; f("address").value = c.address || ""; f("hours").value = c.hours || "";
    f("note").value = c.note || ""; f("example").checked = c.example; placeFields(); f("name").focus();
  }
  async function remove(c) {
    if (!confirm(App.t("confirmRemove", c.name))) return;
    try { await App.api("DELETE", "/api/referral-contacts/" + c.id); done(App.t("saved")); load(); gaps(); } catch (e) { App.showError(box, e); }
  }
  async function gaps() {
    try {
      const g = await App.get("/api/referral-contacts/gaps");
      $("gaps-intro").textContent = App.t("gapsIntro", g.required.map(label).join("; "), App.number(g.schools.length), App.number(g.schoolsChecked));
      $("gaps").replaceChildren(...(g.schools.length ? g.schools.map(s => App.el("tr", {}, App.el("td", {}, s.code), App.el("td", {}, s.name),
        App.el("td", { class: "hide-phone" }, s.ward), App.el("td", {}, s.missing.map(label).join("; "))))
        : [App.el("tr", {}, App.el("td", { colspan: 4 }, App.t("noGaps")))]));
    } catch (e) { App.showError(box, e); }
  }
  $("filter").addEventListener("submit", ev => { ev.preventDefault(); load(0); });
  f("level").addEventListener("change", placeFields);
  $("contact").addEventListener("reset", () => { editing = null; setTimeout(() => { f("school").value = ownSchool; placeFields(); }); });
  $("contact").addEventListener("submit", async ev => {
    ev.preventDefault();
    const level = district ? f("level").value : "SCHOOL";
    const body = { kind: f("kind").value, level, ward: level === "WARD" ? f("ward").value : null, schoolCode: level === "SCHOOL" ? f("school").value.trim() : null,
      name: f("name").value, phone: f("phone").value, address: f("address").value, hours: f("hours").value, note: f("note").value, example: f("example").checked };
    try {
      if (editing) await App.put("/api/referral-contacts/" + editing, body); else await App.post("/api/referral-contacts", body);
      ev.target.reset(); done(App.t("saved")); load(); gaps();
    } catch (e) { App.showError(box, e); }
  });
  $("upload").addEventListener("submit", async ev => {
    ev.preventDefault();
    const file = $("file").files[0];
    if (!file) return;
    try {
      const r = await App.api("POST", "/api/referral-contacts/import?name=" + encodeURIComponent(file.name), file);
      done(App.t("imported", r.created, r.updated, r.unchanged)); load(0); gaps();
    } catch (e) { App.showError(box, e); }
  });
  $("export").href = "/api/referral-contacts/export.csv";
  if (!district) { const own = await App.get("/api/schools"); ownSchool = own.items[0] ? own.items[0].code : ""; f("school").value = ownSchool; }
  placeFields(); load(0); gaps();
});
