// Public: checks a certificate's verification code. Shows only initials, course and date.
"use strict";
App.ready(() => {
  App.translate();
  const form = document.getElementById("verify"), input = document.getElementById("code"), out = document.getElementById("result");
  async function check(code) {
    out.hidden = false;
    try {
      const c = await App.get("/api/certificates/" + encodeURIComponent(code.trim()));
      out.className = "card result pass";
      out.replaceChildren(App.el("p", { class: "score ok" }, "✓ " + App.t("valid")), App.el("dl", {},
        App.el("dt", {}, App.t("code")), App.el("dd", { class: "code" }, c.code),
        App.el("dt", {}, App.t("holder")), App.el("dd", {}, c.holder),
        App.el("dt", {}, App.t("course")), App.el("dd", {}, c.courseTitle),
        App.el("dt", {}, App.t("issued")), App.el("dd", {}, App.formatDate(c.issuedOn)))); // one rule in both languages (dd/MM/yyyy), never ISO
    } catch (e) {
      out.className = "card result fail";
      out.replaceChildren(App.el("p", { class: "score bad" }, "✗ " + App.t("invalid")));
    }
  }
  form.addEventListener("submit", ev => { ev.preventDefault(); history.replaceState(null, "", "?code=" + encodeURIComponent(input.value.trim())); check(input.value); });
  const code = new URLSearchParams(location.search).get("code");
  if (code) { input.value = code; check(code); }
});
