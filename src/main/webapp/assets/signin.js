"use strict";
App.ready(async () => {
  App.translate();
  const error = new URLSearchParams(location.search).get("error");
  if (error) { const box = document.getElementById("error"); box.textContent = error; box.hidden = false; }
  try { const me = await App.api("GET", "/api/auth/me", undefined, { allow401: true }); if (me && me.home) location.href = me.mustChangePassword ? "/password.html" : me.home; } catch (e) { /* not signed in */ }
});
