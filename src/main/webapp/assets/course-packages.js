"use strict";
// cmi5 packages on the admin courses page (docs/xapi.md §13.1): the list, newest version each, and the import form;
// a refused package shows every problem with its file:line (the API's details)
App.ready(async () => {
  const box = document.getElementById("cmi5-error");
  const en = App.lang === "en";
  async function list() {
    const courses = await App.get("/api/cmi5/courses");
    document.getElementById("cmi5-rows").replaceChildren(...courses.map(c => App.el("tr", { "data-course": c.courseId },
      App.el("td", {}, en ? c.title.en : c.title.vi), App.el("td", {}, c.courseId), App.el("td", { class: "num" }, String(c.version)),
      App.el("td", { class: "num" }, String(c.auCount)), App.el("td", {}, App.formatDateTime(c.importedAt)))));
  }
  document.getElementById("cmi5-import").addEventListener("submit", async (event) => {
    event.preventDefault();
    box.hidden = true;
    const status = document.getElementById("cmi5-imported");
    status.textContent = "";
    const file = document.getElementById("cmi5-file").files[0];
    if (!file) return;
    try {
      const v = await App.api("POST", "/api/cmi5/packages", file);
      status.textContent = App.t("imported", en ? v.title.en : v.title.vi, v.version);
      await list();
    } catch (e) { App.showError(box, e); }
  });
  try { await list(); } catch (e) { App.showError(box, e); }
});
