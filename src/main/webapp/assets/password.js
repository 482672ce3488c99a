"use strict";
App.ready(async () => {
  App.translate();
  const me = await App.signedIn();
  document.getElementById("temporary").hidden = !me.mustChangePassword;
  const box = document.getElementById("error");
  document.getElementById("change").addEventListener("submit", async ev => {
    ev.preventDefault();
    const next = document.getElementById("next").value;
    if (next !== document.getElementById("again").value) { box.textContent = App.t("mismatch"); box.hidden = false; box.focus(); return; }
    try {
      await App.post("/api/auth/password", { currentPassword: document.getElementById("current").value, newPassword: next });
      location.href = me.home;
    } catch (e) { App.showError(box, e); }
  });
});
