// The account card of the staff page: disable / enable an account (principals: their school's staff accounts;
// district admins: any), and for district admins a person's personal data (download, erase) — docs/privacy.md.
"use strict";
App.ready(() => {
  const box = document.getElementById("account-error"), notice = document.getElementById("account-notice");
  const name = document.getElementById("a-username");
  function done(text) { box.hidden = true; notice.textContent = text; notice.hidden = false; }
  const actions = {
    async disable(u) {
      if (!confirm(App.t("confirmDisable", u))) return;
      await App.post("/api/accounts/" + encodeURIComponent(u) + "/disablement"); done(App.t("disabled", u));
    },
    async enable(u) { await App.post("/api/accounts/" + encodeURIComponent(u) + "/enablement"); done(App.t("enabled", u)); },
    async export(u) {
      const data = await App.get("/api/privacy/people/" + encodeURIComponent(u));
      const a = App.el("a", { href: URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" })), download: "du-lieu-" + u + ".json" });
      document.body.append(a); a.click(); a.remove(); done(App.t("exported", u));
    },
    async erase(u) {
      if (!confirm(App.t("confirmErase", u))) return;
      await App.post("/api/privacy/people/" + encodeURIComponent(u) + "/erasure"); done(App.t("erased", u));
    }
  };
  document.getElementById("account-form").addEventListener("submit", async ev => {
    ev.preventDefault();
    const u = name.value.trim(), action = ev.submitter && ev.submitter.name;
    if (!u || !actions[action]) return;
    try { await actions[action](u); } catch (e) { notice.hidden = true; App.showError(box, e); }
  });
});
