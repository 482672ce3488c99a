// The xAPI admin page: LRS credentials (create once-shown secrets, deactivate) and forwarding to external LRSs.
"use strict";
App.words({
  vi: { navXapi: "xAPI / LRS", title: "Dữ liệu học tập xAPI", lrsTitle: "LRS tích hợp", endpoint: "Địa chỉ cho công cụ xAPI:",
        credentials: "Thông tin xác thực LRS", key: "Khóa", label: "Tên", scope: "Quyền", status: "Trạng thái", created: "Tạo lúc",
        actions: "Thao tác", newCredential: "Tạo thông tin xác thực mới", read: "Đọc câu lệnh", write: "Ghi câu lệnh", create: "Tạo",
        NONE: "Không đọc", OWN: "Chỉ câu lệnh tự gửi", ALL: "Tất cả", writes: "ghi", active: "Đang dùng", inactive: "Đã khóa",
        deactivate: "Khóa", issued: "Khóa {0} — mật khẩu bí mật {1}. Hãy lưu lại ngay: mật khẩu chỉ hiện một lần.",
        forwarding: "Chuyển tiếp đến LRS ngoài", noTargets: "Chưa cấu hình LRS ngoài (khóa taphuan.xapi.forward.targets).",
        target: "LRS", pending: "Đang chờ", parked: "Bị từ chối", delivered: "Đã gửi", lastSuccess: "Gửi được lần cuối",
        lastError: "Lỗi gần nhất", never: "chưa", parkedOf: "Câu lệnh bị {0} từ chối", statement: "Câu lệnh", reason: "Lý do",
        retry: "Gửi lại", drop: "Bỏ qua", retryAll: "Gửi lại tất cả", notConfigured: "(không còn trong cấu hình)", nextAttempt: "thử lại lúc {0}" },
  en: { navXapi: "xAPI / LRS", title: "xAPI learning records", lrsTitle: "Built-in LRS", endpoint: "Address for xAPI tools:",
        credentials: "LRS credentials", key: "Key", label: "Name", scope: "Scope", status: "Status", created: "Created",
        actions: "Actions", newCredential: "New credential", read: "Read statements", write: "Write statements", create: "Create",
        NONE: "No reading", OWN: "Own statements only", ALL: "All", writes: "write", active: "Active", inactive: "Deactivated",
        deactivate: "Deactivate", issued: "Key {0} — secret {1}. Save it now: the secret is shown only once.",
        forwarding: "Forwarding to external LRSs", noTargets: "No external LRS configured (key taphuan.xapi.forward.targets).",
        target: "LRS", pending: "Waiting", parked: "Rejected", delivered: "Delivered", lastSuccess: "Last delivery",
        lastError: "Last error", never: "never", parkedOf: "Statements {0} rejected", statement: "Statement", reason: "Reason",
        retry: "Send again", drop: "Drop", retryAll: "Send all again", notConfigured: "(no longer configured)", nextAttempt: "next try {0}" }
});
document.addEventListener("DOMContentLoaded", async () => {
  await Admin.start(["DISTRICT_ADMIN"]);
  const box = document.getElementById("error");
  const when = s => s ? new Date(s.endsWith("Z") ? s : s + "Z").toLocaleString(App.lang === "vi" ? "vi-VN" : "en-GB") : App.t("never");
  document.getElementById("endpoint").textContent = location.origin + "/xapi/";
  Admin.options(document.getElementById("c-read"), ["ALL", "OWN", "NONE"], false);

  async function credentials() {
    try {
      const list = await App.get("/api/xapi/credentials");
      document.getElementById("credentials").replaceChildren(...list.map(c => App.el("tr", {},
        App.el("td", {}, App.el("code", {}, c.key)), App.el("td", {}, c.label),
        App.el("td", {}, [App.t(c.read), c.write ? " + " + App.t("writes") : ""].join("")),
        App.el("td", {}, App.el("span", { class: "badge " + (c.active ? "ok" : "bad") }, App.t(c.active ? "active" : "inactive"))),
        App.el("td", {}, when(c.createdAt)),
        App.el("td", {}, c.active ? App.el("button", { type: "button", class: "danger", onclick: () => deactivate(c.key) }, App.t("deactivate")) : null))));
    } catch (e) { App.showError(box, e); }
  }
  async function deactivate(key) {
    try { await App.post("/api/xapi/credentials/" + encodeURIComponent(key) + "/deactivation"); credentials(); } catch (e) { App.showError(box, e); }
  }
  document.getElementById("new-credential").addEventListener("submit", async ev => {
    ev.preventDefault();
    try {
      const c = await App.post("/api/xapi/credentials", { label: document.getElementById("c-label").value,
        write: document.getElementById("c-write").checked, read: document.getElementById("c-read").value });
      const issued = document.getElementById("issued");
      issued.hidden = false; issued.textContent = App.t("issued", c.key, c.secret); box.hidden = true;
      credentials();
    } catch (e) { App.showError(box, e); }
  });

  async function forwarding() {
    try {
      const targets = await App.get("/api/xapi/forwarding");
      document.getElementById("no-targets").hidden = targets.length > 0;
      document.getElementById("targets").replaceChildren(...targets.map(t => App.el("tr", {},
        App.el("th", { scope: "row" }, t.name, " ", t.configured ? App.el("small", {}, t.endpoint) : App.el("small", {}, App.t("notConfigured"))),
        App.el("td", { class: "num" }, App.number(t.pending)), App.el("td", { class: "num" }, App.number(t.parked)),
        App.el("td", { class: "num" }, App.number(t.delivered)), App.el("td", {}, when(t.lastSuccessAt)),
        App.el("td", {}, t.lastError ? [t.lastError, " (", when(t.lastErrorAt), ")", t.failures > 0 ? " — " + App.t("nextAttempt", when(t.nextAttemptAt)) : ""].join("") : "—"))));
      const parked = document.getElementById("parked");
      parked.replaceChildren();
      for (const t of targets.filter(x => x.parked > 0)) {
        const rows = await App.get("/api/xapi/forwarding/" + encodeURIComponent(t.name) + "/parked");
        parked.append(App.el("h3", {}, App.t("parkedOf", t.name)),
          App.el("p", {}, App.el("button", { type: "button", onclick: () => act("POST", t.name, "parked/retry") }, App.t("retryAll"))),
          App.el("div", { class: "table-wrap" }, App.el("table", {},
            App.el("thead", {}, App.el("tr", {}, App.el("th", { scope: "col" }, App.t("statement")), App.el("th", { scope: "col" }, App.t("reason")), App.el("th", { scope: "col" }, App.el("span", { class: "sr-only" }, App.t("actions"))))),
            App.el("tbody", {}, rows.map(p => App.el("tr", {}, App.el("td", {}, App.el("code", {}, p.statementId)), App.el("td", {}, p.reason),
              App.el("td", {}, App.el("button", { type: "button", class: "secondary", onclick: () => act("POST", t.name, "parked/" + p.statementId + "/retry") }, App.t("retry")), " ",
                App.el("button", { type: "button", class: "danger", onclick: () => act("DELETE", t.name, "parked/" + p.statementId) }, App.t("drop")))))))));
      }
    } catch (e) { App.showError(box, e); }
  }
  async function act(method, target, path) {
    try { await App.api(method, "/api/xapi/forwarding/" + encodeURIComponent(target) + "/" + path); forwarding(); } catch (e) { App.showError(box, e); }
  }
  App.translate();
  credentials();
  forwarding();
  setInterval(forwarding, 15000);
});
