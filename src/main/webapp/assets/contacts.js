// Referral contacts page: the directory (district: every level; principal: their school's, with their ward's and
// the city's shown read-only), the add/edit form, CSV import/export, and the checklist of schools with gaps.
"use strict";
App.ready(async () => {
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
