// Helpers shared by the admin pages (their header is the "admin" shell in app.js, their words in the server bundles).
"use strict";
const Admin = {
  /** Fills a <select> with values and their names: an enum's labels when its type is given ("schoolType"), else page words. */
  options(select, values, withAny, type) {
    const name = v => type ? App.label(type, v) : App.t(v);
    select.replaceChildren(...(withAny ? [App.el("option", { value: "" }, App.t("any"))] : []), ...values.map(v => App.el("option", { value: v }, name(v))));
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
