// Fills a lesson's contacts blocks (<div class="contacts" data-kinds="ward-police health-station">, rendered from a
// ```contacts block of the Markdown) with the learner's school's, ward's and city's referral contacts: one tap calls.
// The national hotlines are always shown, also when the directory cannot be reached.
"use strict";
const Contacts = {
  async fill(root) {
    const blocks = [...root.querySelectorAll("div.contacts[data-kinds]")];
    if (!blocks.length) return;
    const kinds = [...new Set(blocks.flatMap(b => b.dataset.kinds.trim().split(/\s+/)).filter(Boolean))];
    let data = null;
    try { data = await App.get("/api/learn/contacts?kinds=" + encodeURIComponent(kinds.join(" "))); } catch (e) { data = null; }
    blocks.forEach(b => Contacts.render(b, data));
  },
  render(block, data) {
    const { el, t } = App;
    const wanted = block.dataset.kinds.trim().split(/\s+/).filter(Boolean);
    const parts = data ? wanted.map(k => data.kinds.find(x => x.kind === k)).filter(Boolean).map(k => el("section", { class: "contact-kind" },
      el("h3", {}, k.label),
      k.contacts.length ? el("ul", { class: "cards" }, k.contacts.map(c => el("li", {}, Contacts.card(c, data.exampleLabel))))
        : el("p", { class: "missing" }, data.notUpdated)))
      : [el("p", { class: "missing" }, t("contactsUnavailable"))];
    const hotlines = (data && data.hotlines) || ["111", "113", "115"].map(n => ({ number: n, name: t("hotline" + n), tel: "tel:" + n }));
    parts.push(el("section", { class: "contact-kind hotlines" }, el("h3", {}, t("hotlines")),
      el("ul", { class: "cards" }, hotlines.map(h => el("li", {}, el("a", { class: "call hotline", href: h.tel },
        el("span", { class: "number" }, h.number), el("span", { class: "who" }, h.name)))))));
    block.replaceChildren(...parts);
  },
  card(c, exampleLabel) {
    const { el } = App;
    const where = [c.address, c.hours].filter(Boolean).join(" · ");
    return el("a", { class: "call", href: c.tel },
      el("span", { class: "who" }, c.name, c.example ? el("span", { class: "badge" }, exampleLabel) : null),
      el("span", { class: "number" }, c.phone),
      where ? el("span", { class: "where" }, where) : null,
      c.note ? el("span", { class: "where" }, c.note) : null);
  }
};
