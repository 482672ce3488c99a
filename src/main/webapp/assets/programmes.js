// Programmes: the district defines them (period, courses, target, who counts, report header); principals read them.
"use strict";
App.words({
  vi: { title: "Chương trình bồi dưỡng", name: "Tên chương trình", period: "Thời gian", target: "Chỉ tiêu", courses: "Chuyên đề bắt buộc",
        categories: "Đối tượng", actions: "Thao tác", newProgramme: "Thêm / sửa chương trình", start: "Bắt đầu", deadline: "Hạn hoàn thành",
        targetPercent: "Chỉ tiêu (%)", courseIds: "Mã chuyên đề bắt buộc (mỗi dòng một mã)", headerTitle: "Phần đầu và phần ký của báo cáo",
        superiorBody: "Cơ quan chủ quản", issuingUnit: "Đơn vị ban hành (tối đa 3 dòng)", place: "Địa danh", documentSymbol: "Số, ký hiệu",
        signerTitle: "Thẩm quyền, chức vụ người ký (tối đa 3 dòng)", signerName: "Họ tên người ký", recipients: "Nơi nhận (mỗi dòng một nơi)",
        save: "Lưu", edit: "Sửa", report: "Báo cáo", sessionTitle: "Ghi nhận buổi tập huấn trực tiếp",
        sessionHelp: "Người có tên trong danh sách ký tên được tính là đã hoàn thành chuyên đề vào ngày tổ chức.", programme: "Chương trình",
        course: "Chuyên đề", heldOn: "Ngày tổ chức", sessionPlace: "Địa điểm", staffCodes: "Mã nhân sự tham dự (mỗi dòng hoặc cách nhau bởi dấu phẩy)",
        record: "Ghi nhận", recordedN: "Đã ghi nhận {0} người." },
  en: { title: "Training programmes", name: "Programme name", period: "Period", target: "Target", courses: "Required courses",
        categories: "Who counts", actions: "Actions", newProgramme: "Add / edit a programme", start: "Start", deadline: "Deadline",
        targetPercent: "Target (%)", courseIds: "Required course ids (one per line)", headerTitle: "Report header and signature",
        superiorBody: "Superior body", issuingUnit: "Issuing unit (up to 3 lines)", place: "Place", documentSymbol: "Number and symbol",
        signerTitle: "Signer's authority and title (up to 3 lines)", signerName: "Signer's name", recipients: "Recipients (one per line)",
        save: "Save", edit: "Edit", report: "Report", sessionTitle: "Record an in-person session",
        sessionHelp: "Everyone on the signed attendance list counts as having completed the course on the session day.", programme: "Programme",
        course: "Course", heldOn: "Session date", sessionPlace: "Place", staffCodes: "Attendees' staff codes (one per line or comma-separated)",
        record: "Record", recordedN: "{0} people recorded." }
});
document.addEventListener("DOMContentLoaded", async () => {
  const me = await Admin.start(["DISTRICT_ADMIN", "SCHOOL_ADMIN"]);
  const district = me.role === "DISTRICT_ADMIN";
  const box = document.getElementById("error");
  const $ = id => document.getElementById(id);
  const lines = text => text.split(/\r?\n/).map(l => l.trim()).filter(Boolean);
  let list = [];
  const date = d => d.split("-").reverse().join("/");
  async function load() {
    try {
      list = await App.get("/api/programmes");
      $("rows").replaceChildren(...list.map(p => App.el("tr", {},
        App.el("td", {}, p.name), App.el("td", {}, date(p.periodStart) + " – " + date(p.deadline)),
        App.el("td", { class: "num" }, App.number(Number(p.targetPercent)) + "%"),
        App.el("td", {}, App.el("ul", { class: "lacking" }, p.courses.map(c => App.el("li", {}, c.title)))),
        App.el("td", {}, p.categories.map(c => App.t(c)).join(", ")),
        App.el("td", {}, App.el("a", { class: "button secondary", href: "/admin/report.html?programme=" + p.id }, App.t("report")), " ",
          district ? App.el("button", { type: "button", class: "secondary", onclick: () => edit(p) }, App.t("edit")) : null))));
      if (district) {
        $("s-programme").replaceChildren(...list.map(p => App.el("option", { value: p.id }, p.name)));
        courses();
      }
    } catch (e) { App.showError(box, e); }
  }
  function courses() {
    const p = list.find(x => String(x.id) === $("s-programme").value);
    $("s-course").replaceChildren(...(p ? p.courses : []).map(c => App.el("option", { value: c.id }, c.title)));
  }
  function edit(p) {
    const h = p.header || {};
    $("f-id").value = p.id; $("f-name").value = p.name; $("f-start").value = p.periodStart; $("f-deadline").value = p.deadline;
    $("f-target").value = p.targetPercent; $("f-courses").value = p.courseIds.join("\n");
    document.querySelectorAll("input[name=cat]").forEach(c => { c.checked = p.categories.includes(c.value); });
    $("f-superior").value = h.superiorBody || ""; $("f-unit").value = h.issuingUnit || ""; $("f-place").value = h.place || "";
    $("f-symbol").value = h.documentSymbol || ""; $("f-signer-title").value = h.signerTitle || ""; $("f-signer").value = h.signerName || "";
    $("f-recipients").value = h.recipients || "";
    $("f-name").focus();
  }
  $("programme").addEventListener("submit", async ev => {
    ev.preventDefault();
    const body = { name: $("f-name").value, periodStart: $("f-start").value, deadline: $("f-deadline").value,
      targetPercent: $("f-target").value.replace(",", ".") || null, courseIds: lines($("f-courses").value),
      categories: [...document.querySelectorAll("input[name=cat]:checked")].map(c => c.value),
      header: { superiorBody: $("f-superior").value, issuingUnit: $("f-unit").value, place: $("f-place").value, documentSymbol: $("f-symbol").value,
        signerTitle: $("f-signer-title").value, signerName: $("f-signer").value, recipients: $("f-recipients").value } };
    try {
      if ($("f-id").value) await App.put("/api/programmes/" + $("f-id").value, body); else await App.post("/api/programmes", body);
      $("saved").textContent = App.t("saved"); $("f-id").value = ""; box.hidden = true; load();
    } catch (e) { App.showError(box, e); }
  });
  if (district) {
    $("s-programme").addEventListener("change", courses);
    $("session").addEventListener("submit", async ev => {
      ev.preventDefault();
      const body = { courseId: $("s-course").value, heldOn: $("s-date").value, place: $("s-place").value,
        staffCodes: $("s-codes").value.split(/[\s,;]+/).filter(Boolean) };
      try {
        const s = await App.post("/api/programmes/" + $("s-programme").value + "/sessions", body);
        $("recorded").textContent = App.t("recordedN", s.attendees); $("s-codes").value = ""; box.hidden = true;
      } catch (e) { App.showError(box, e); }
    });
  }
  load();
});
