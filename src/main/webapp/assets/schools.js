"use strict";
App.ready(async () => {
  const me = await Admin.start();
  const district = me.role === "DISTRICT_ADMIN";
  const box = document.getElementById("error");
  Admin.options(document.getElementById("type"), ["PUBLIC", "NON_PUBLIC"], true, "schoolType");
  Admin.options(document.getElementById("f-type"), ["PUBLIC", "NON_PUBLIC"], false, "schoolType");
  let page = 0;
  async function load(p = page) {
    page = p;
    const q = new URLSearchParams({ page: p, size: 50 });
    for (const id of ["q", "ward", "type"]) { const v = document.getElementById(id).value; if (v) q.set(id, v); }
    try {
      const data = await App.get("/api/schools?" + q);
      document.getElementById("rows").replaceChildren(...data.items.map(s => App.el("tr", {},
        App.el("td", {}, s.code), App.el("td", {}, App.el("a", { href: "/admin/staff.html?school=" + encodeURIComponent(s.code) }, s.name)),
        App.el("td", {}, s.ward), App.el("td", {}, App.label("schoolType", s.type)), App.el("td", { class: "num" }, App.number(s.staffCount)),
        App.el("td", {}, App.el("span", { class: "badge " + (s.active ? "ok" : "bad") }, App.t(s.active ? "open" : "closed"))),
        App.el("td", {}, district ? [
          App.el("button", { type: "button", class: "secondary", onclick: () => edit(s) }, App.t("edit")), " ",
          App.el("button", { type: "button", class: "danger", onclick: () => toggle(s) }, App.t(s.active ? "close" : "reopen"))] : null))));
      Admin.pager(document.getElementById("pager"), data, load);
    } catch (e) { App.showError(box, e); }
  }
  function edit(s) {
    document.getElementById("f-code").value = s.code; document.getElementById("f-code").readOnly = true;
    document.getElementById("f-name").value = s.name; document.getElementById("f-ward").value = s.ward;
    document.getElementById("f-type").value = s.type; document.getElementById("f-level").value = s.level;
    document.getElementById("f-name").focus();
  }
  async function toggle(s) {
    try { await App.post("/api/schools/" + encodeURIComponent(s.code) + (s.active ? "/deactivation" : "/activation")); load(); } catch (e) { App.showError(box, e); }
  }
  document.getElementById("filter").addEventListener("submit", ev => { ev.preventDefault(); load(0); });
  document.getElementById("school").addEventListener("submit", async ev => {
    ev.preventDefault();
    const codeInput = document.getElementById("f-code");
    const body = { code: codeInput.value.trim(), name: document.getElementById("f-name").value, ward: document.getElementById("f-ward").value, type: document.getElementById("f-type").value, level: document.getElementById("f-level").value };
    try {
      if (codeInput.readOnly) await App.put("/api/schools/" + encodeURIComponent(body.code), body); else await App.post("/api/schools", body);
      document.getElementById("saved").textContent = App.t("saved"); ev.target.reset(); codeInput.readOnly = false; box.hidden = true; load();
    } catch (e) { App.showError(box, e); }
  });
  load(0);
});
