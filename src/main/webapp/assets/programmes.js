// Programmes: the district defines them (period, courses, target, who counts, report header); principals read them.
"use strict";
App.ready(async () => {
  const me = await Admin.start(["DISTRICT_ADMIN", "SCHOOL_ADMIN"]);
  const district = me.role === "DISTRICT_ADMIN";
  const box = document.getElementById("error");
  const $ = id => document.getElementById(id);
  let list = [];
  const date = d => d.split("-").reverse().join("/");
  async function load(selected) {
    try {
      list = await App.get("/api/programmes");
      const today = App.today();
      $("rows").replaceChildren(...list.map(p => App.el("tr", { id: "programme-" + p.id, class: p.id === selected ? "selected" : "" },
        App.el("td", {}, p.name, Reporting.running(p, today) ? [" ", App.el("span", { class: "badge ok" }, App.t("running"))] : null),
        App.el("td", {}, date(p.periodStart) + " – " + date(p.deadline),
          p.countsFrom !== p.periodStart ? App.el("div", { class: "muted" }, App.t("countsFromShort", date(p.countsFrom))) : null),
        App.el("td", { class: "num" }, App.number(Number(p.targetPercent)) + "%"),
        App.el("td", {}, App.el("ul", { class: "lacking" }, p.courses.map(c => App.el("li", {}, c.title)))),
        App.el("td", {}, p.categories.map(c => App.label("staffCategory", c)).join(", ")),
        App.el("td", {}, App.el("a", { class: "button secondary", href: "/admin/report.html?programme=" + p.id }, App.t("report")), " ",
          district ? App.el("button", { type: "button", class: "secondary", onclick: () => edit(p) }, App.t("edit")) : null, " ",
          district ? App.el("button", { type: "button", class: "secondary next", onclick: () => openNext(p) }, App.t("openNext")) : null))));
      Admin.labelCells($("rows").closest("table"));
      if (district) {
        $("s-programme").replaceChildren(...list.map(p => App.el("option", { value: p.id, title: p.name }, Reporting.label(p))));
        $("s-programme").value = (list.find(p => p.id === selected) || Reporting.current(list).programme || {}).id;
        courses();
        if (!$("f-id").value) pickCourses(null);
      }
      if (selected) {
        const row = $("programme-" + selected);
        if (row) row.scrollIntoView({ block: "center" });
      }
    } catch (e) { App.showError(box, e); }
  }
  /** One step from last year's programme to this one's: confirmed, then the new row shown and highlighted. */
  async function openNext(p) {
    if (!confirm(App.t("openNextConfirm", p.name))) return;
    try {
      const next = await App.post("/api/programmes/" + p.id + "/next");
      box.hidden = true;
      $("opened").textContent = App.t("openedNext", next.name, date(next.periodStart) + " – " + date(next.deadline));
      $("opened").hidden = false;
      await load(next.id);
    } catch (e) { App.showError(box, e); }
  }
  function courses() {
    const p = list.find(x => String(x.id) === $("s-programme").value);
    $("s-course").replaceChildren(...(p ? p.courses : []).map(c => App.el("option", { value: c.id }, c.title)));
  }
  function edit(p) {
    const h = p.header || {};
    $("f-id").value = p.id; $("f-name").value = p.name; $("f-start").value = p.periodStart; $("f-deadline").value = p.deadline;
    $("f-target").value = p.targetPercent; pickCourses(p.courseIds);
    $("f-valid-from").value = p.completionsValidFrom || "";
    document.querySelectorAll("input[name=cat]").forEach(c => { c.checked = p.categories.includes(c.value); });
    $("f-superior").value = h.superiorBody || ""; $("f-unit").value = h.issuingUnit || ""; $("f-place").value = h.place || "";
    $("f-symbol").value = h.documentSymbol || ""; $("f-signer-title").value = h.signerTitle || ""; $("f-signer").value = h.signerName || "";
    $("f-recipients").value = h.recipients || "";
    $("f-name").focus();
  }
  /**
   * Required courses as checkboxes with their titles (issue 13: not folder names typed one per line), in the
   * catalogue's order; a programme's course the folder no longer has stays listed, so an edit never drops it unseen.
   */
  let catalogue = [];
  function pickCourses(ids) {
    // a new programme starts with the courses of the running (or last) one: the directive's, not every course the
    // folder holds (it also holds courses for students)
    const fresh = !ids;
    if (fresh) ids = (Reporting.current(list).programme || {}).courseIds || catalogue.map(c => c.id);
    const known = catalogue.map(c => c.id);
    const extra = (ids || []).filter(id => !known.includes(id));
    const choices = catalogue.map(c => [c.id, c.title]).concat(extra.map(id => [id, App.t("notLoaded", id)]));
    $("f-courses").replaceChildren($("f-courses").querySelector("legend"), ...choices.map(([id, title]) => {
      const box = App.el("input", { type: "checkbox", name: "course", value: id });
      box.checked = box.defaultChecked = ids.includes(id);
      return App.el("label", { class: "choice" }, box, " ", title);
    }));
  }
  const checkedCourses = () => [...document.querySelectorAll("input[name=course]:checked")].map(c => c.value);
  $("programme").addEventListener("submit", async ev => {
    ev.preventDefault();
    if (!checkedCourses().length) { $("saved").textContent = ""; App.showError(box, { message: App.t("noCourse") }); return; }
    const body = { name: $("f-name").value, periodStart: $("f-start").value, deadline: $("f-deadline").value,
      targetPercent: $("f-target").value.replace(",", ".") || null, courseIds: checkedCourses(),
      completionsValidFrom: $("f-valid-from").value || null,
      categories: [...document.querySelectorAll("input[name=cat]:checked")].map(c => c.value),
      header: { superiorBody: $("f-superior").value, issuingUnit: $("f-unit").value, place: $("f-place").value, documentSymbol: $("f-symbol").value,
        signerTitle: $("f-signer-title").value, signerName: $("f-signer").value, recipients: $("f-recipients").value } };
    try {
      if ($("f-id").value) await App.put("/api/programmes/" + $("f-id").value, body); else await App.post("/api/programmes", body);
      // the form starts empty again: a filled form after "Đã lưu." reads as not yet saved
      $("programme").reset(); $("f-id").value = ""; pickCourses(null);
      $("saved").textContent = App.t("saved"); box.hidden = true; load();
    } catch (e) { App.showError(box, e); }
  });
  if (district) {
    try { catalogue = (await App.get("/api/courses/catalogue")).courses; } catch (e) { App.showError(box, e); }
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
