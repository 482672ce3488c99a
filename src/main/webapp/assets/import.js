// Bulk import page: upload a file, follow the import job, show the counts or every problem.
"use strict";
App.ready(async () => {
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
