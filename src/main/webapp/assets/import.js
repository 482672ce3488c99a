// Bulk import page: upload a file, follow the import job, show the counts or every problem.
"use strict";
App.words({
  vi: { title: "Nhập dữ liệu từ tệp", intro: "Nhập danh sách trường hoặc nhân sự từ Excel (.xlsx) hoặc CSV UTF-8. Cả tệp được kiểm tra trước: nếu có lỗi thì không dòng nào được nhập và mọi lỗi được liệt kê bên dưới. Nhập lại cùng tệp không thay đổi gì.",
        uploadTitle: "Chọn tệp", kind: "Loại dữ liệu", kindStaff: "Nhân sự", kindSchools: "Trường", file: "Tệp (.xlsx hoặc .csv)",
        fileHelp: "Dòng đầu là tiêu đề cột (tiếng Việt hoặc tiếng Anh). CSV phải lưu dạng “CSV UTF-8”.", send: "Tải lên và nhập",
        templates: "Tệp mẫu:", progressTitle: "Tiến trình", queued: "Đang chờ…", parsing: "Đang đọc tệp", validating: "Đang đối chiếu với dữ liệu đã có",
        writing: "Đang lưu", done: "Hoàn tất", failed: "Không nhập", rowsOf: "{0} / {1} dòng", resultTitle: "Đã nhập xong",
        created: "Thêm mới", updated: "Cập nhật", unchanged: "Không thay đổi", took: "Thời gian: {0} giây.",
        problemsTitle: "Tệp có lỗi — chưa nhập dòng nào", column: "Cột", value: "Giá trị", problem: "Lỗi", fix: "Cách sửa", noFile: "Hãy chọn một tệp." },
  en: { title: "Import from a file", intro: "Import schools or staff from Excel (.xlsx) or CSV UTF-8. The whole file is checked first: if anything is wrong, no row is imported and every problem is listed below. Importing the same file again changes nothing.",
        uploadTitle: "Choose a file", kind: "What the file holds", kindStaff: "Staff", kindSchools: "Schools", file: "File (.xlsx or .csv)",
        fileHelp: "The first row holds the column headers (Vietnamese or English). Save CSV as “CSV UTF-8”.", send: "Upload and import",
        templates: "Templates:", progressTitle: "Progress", queued: "Waiting…", parsing: "Reading the file", validating: "Checking against stored data",
        writing: "Saving", done: "Finished", failed: "Not imported", rowsOf: "{0} of {1} rows", resultTitle: "Import finished",
        created: "Created", updated: "Updated", unchanged: "Unchanged", took: "Took {0} s.",
        problemsTitle: "The file has problems — nothing was imported", column: "Column", value: "Value", problem: "Problem", fix: "How to fix", noFile: "Choose a file first." }
});
document.addEventListener("DOMContentLoaded", async () => {
  await Admin.start();
  const $ = id => document.getElementById(id);
  const box = $("error"), form = $("upload");
  // overall bar: reading 0–20 %, checking 20–40 %, saving 40–100 %
  const span = { queued: [0, 0], parsing: [0, 20], validating: [20, 40], writing: [40, 100], done: [100, 100], failed: [0, 0] }; // a failed import wrote nothing: an empty bar, not a full one
  const kind = () => form.querySelector("input[name=kind]:checked").value;
  function templates() {
    for (const f of ["xlsx", "csv"]) $("tpl-" + f).href = "/api/imports/template/" + kind() + "." + f + "?lang=" + App.lang;
  }
  form.querySelectorAll("input[name=kind]").forEach(r => r.addEventListener("change", templates));
  templates();

  function show(job) {
    const [from, to] = span[job.phase] || [0, 0];
    const part = job.total > 0 ? Math.min(1, job.processed / job.total) : 0;
    $("bar").value = Math.round(from + (to - from) * part);
    $("phase").textContent = App.t(job.phase);
    $("count").textContent = job.total > 0 ? App.t("rowsOf", App.number(job.processed), App.number(job.total)) : "";
  }
  function finish(job) {
    show(job);
    if (job.phase === "done") {
      $("n-created").textContent = App.number(job.result.created);
      $("n-updated").textContent = App.number(job.result.updated);
      $("n-unchanged").textContent = App.number(job.result.unchanged);
      $("took").textContent = App.t("took", App.number(job.result.millis / 1000));
      $("result").hidden = false; $("result-title").focus();
    } else {
      problems(job.problem || {});
    }
    $("send").disabled = false;
  }
  /** Every problem; on a phone each one stacks as labelled lines (the labels are the column headers), fix included. */
  function problems(p) {
    $("problems-message").textContent = p.message || "";
    $("problem-rows").replaceChildren(...(p.details || []).map(d => App.el("tr", {},
      App.el("td", { class: "num" }, d.row ?? ""), App.el("td", {}, d.field ?? ""), App.el("td", {}, d.value ?? ""),
      App.el("td", {}, d.problem ?? ""), App.el("td", { class: "fix" }, d.fix ?? ""))));
    Admin.labelCells($("problem-rows").closest("table"));
    $("problems").hidden = false; $("problems-title").focus();
  }
  async function follow(id) {
    for (;;) {
      const job = await App.get("/api/imports/" + encodeURIComponent(id));
      if (job.phase === "done" || job.phase === "failed") return finish(job);
      show(job);
      await new Promise(r => setTimeout(r, 700));
    }
  }
  form.addEventListener("submit", async ev => {
    ev.preventDefault();
    const file = $("file").files[0];
    box.hidden = true; $("result").hidden = true; $("problems").hidden = true;
    if (!file) { App.showError(box, new Error(App.t("noFile"))); return; }
    $("send").disabled = true;
    $("progress-box").hidden = false; show({ phase: "queued", processed: 0, total: 0 });
    try {
      const job = await App.api("POST", "/api/imports/" + kind() + "?async=true&name=" + encodeURIComponent(file.name), file);
      await follow(job.id);
    } catch (e) {
      $("send").disabled = false; $("progress-box").hidden = true;
      if (e.problem && e.problem.details && e.problem.details.length) problems(e.problem); else App.showError(box, e);
    }
  });
});
