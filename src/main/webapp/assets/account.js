// "Tài khoản của tôi": everything held about the signed-in person, readable, and the same as a JSON download
// (GET /api/privacy/me — docs/privacy.md).
"use strict";
App.ready(async () => {
  const box = document.getElementById("error");
  const time = t => t ? App.formatDateTime(t) : "—";
  try {
    await App.signedIn();
    App.translate();
    const [data, notice] = await Promise.all([App.get("/api/privacy/me"), App.get("/api/privacy/notice")]);
    const details = Object.assign({}, data.profile || {}, data.account || {});
    document.getElementById("profile").replaceChildren(...["staffCode", "fullName", "gender", "category", "status", "startDate", "endDate",
      "schoolName", "username", "role", "lastSignInAt"].filter(k => details[k] != null)
      .flatMap(k => [App.el("dt", {}, App.t(k)), App.el("dd", {}, k === "lastSignInAt" ? time(details[k]) : String(details[k]))]));
    const courses = data.courses || [];
    document.getElementById("courses").replaceChildren(...courses.map(c => App.el("tr", {}, App.el("td", {}, c.courseId),
      App.el("td", {}, time(c.startedAt)), App.el("td", {}, time(c.completedAt)), App.el("td", {}, Object.keys(c.lessonsRead).length),
      App.el("td", {}, c.quizAttempts.length), App.el("td", {}, c.bestPercent == null ? "—" : c.bestPercent + "%"))));
    const certs = data.certificates || [];
    document.getElementById("certificates").replaceChildren(...(certs.length ? certs.map(c => App.el("li", {}, c.courseTitle + " — " + c.code + " (" + time(c.issuedAt) + ")"))
      : [App.el("li", {}, App.t("none"))]));
    const statements = data.statements || [];
    document.getElementById("statements-note").textContent = App.t("statementsNote", statements.length, data.profile ? data.profile.pseudonymousActorKey : "—");
    document.getElementById("statements").replaceChildren(...statements.slice(-50).reverse().map(s => App.el("li", {},
      time(s.timestamp) + " · " + ((s.verb.display && (s.verb.display[App.lang] || s.verb.display["en-US"] || s.verb.display.en)) || s.verb.id) + " · " + s.object.id)));
    document.getElementById("notice-text").textContent = App.lang === "en" ? notice.en : notice.vi;
    document.getElementById("notice-ack").textContent = notice.acknowledged ? App.t("acknowledged", time(notice.acknowledgedAt)) : App.t("notAcknowledged");
  } catch (e) { App.showError(box, e); }
});
