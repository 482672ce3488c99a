// The xAPI admin page: LRS credentials (create, change scope and rights, rotate once-shown secrets, deactivate),
// the completions that do not count, and forwarding to external LRSs.
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
        retry: "Gửi lại", drop: "Bỏ qua", retryAll: "Gửi lại tất cả", notConfigured: "(không còn trong cấu hình)", nextAttempt: "thử lại lúc {0}",
        schools: "Phạm vi trường (mã trường, cách nhau bằng dấu phẩy)", schoolsHelp: "Để trống: tất cả các trường.",
        completions: "Hoàn thành khóa học do khóa này gửi được tính vào tỉ lệ", voidOthers: "Được hủy câu lệnh do nơi khác gửi",
        allSchools: "tất cả trường", onlySchools: "trường {0}", counts: "hoàn thành được tính", notCounts: "hoàn thành không được tính",
        voidsOthers: "được hủy câu lệnh của nơi khác", edit: "Sửa", rotate: "Đổi mật khẩu bí mật", cancel: "Thôi sửa", save: "Lưu",
        editCredential: "Sửa khóa {0}", rotated: "Khóa {0} — mật khẩu bí mật mới {1}. Hãy lưu lại ngay: mật khẩu chỉ hiện một lần; mật khẩu cũ không còn dùng được.",
        rotateConfirm: "Đổi mật khẩu bí mật của khóa {0}? Công cụ đang dùng mật khẩu cũ sẽ bị từ chối.",
        uncountedTitle: "Hoàn thành không được tính", uncountedHelp: "Câu lệnh vẫn được lưu và đọc được qua LRS, nhưng không được tính vào tỉ lệ của trường.",
        noUncounted: "Không có.", school: "Trường", staffCode: "Mã nhân sự", course: "Khóa học", completedAt: "Hoàn thành lúc", counted: "Tính vào tỉ lệ",
        SCOPE: "không được tính: ngoài phạm vi của khóa truy cập", RIGHT: "không được tính: ngoài phạm vi của khóa truy cập (chưa được cấp quyền tính hoàn thành)" },
  en: { navXapi: "xAPI / LRS", title: "xAPI learning records", lrsTitle: "Built-in LRS", endpoint: "Address for xAPI tools:",
        credentials: "LRS credentials", key: "Key", label: "Name", scope: "Scope", status: "Status", created: "Created",
        actions: "Actions", newCredential: "New credential", read: "Read statements", write: "Write statements", create: "Create",
        NONE: "No reading", OWN: "Own statements only", ALL: "All", writes: "write", active: "Active", inactive: "Deactivated",
        deactivate: "Deactivate", issued: "Key {0} — secret {1}. Save it now: the secret is shown only once.",
        forwarding: "Forwarding to external LRSs", noTargets: "No external LRS configured (key taphuan.xapi.forward.targets).",
        target: "LRS", pending: "Waiting", parked: "Rejected", delivered: "Delivered", lastSuccess: "Last delivery",
        lastError: "Last error", never: "never", parkedOf: "Statements {0} rejected", statement: "Statement", reason: "Reason",
        retry: "Send again", drop: "Drop", retryAll: "Send all again", notConfigured: "(no longer configured)", nextAttempt: "next try {0}",
        schools: "School scope (school codes, separated by commas)", schoolsHelp: "Empty: all schools.",
        completions: "Course completions sent with this key count towards the figures", voidOthers: "May void statements sent by others",
        allSchools: "all schools", onlySchools: "schools {0}", counts: "completions count", notCounts: "completions do not count",
        voidsOthers: "may void others' statements", edit: "Edit", rotate: "New secret", cancel: "Stop editing", save: "Save",
        editCredential: "Edit key {0}", rotated: "Key {0} — new secret {1}. Save it now: the secret is shown only once; the old one no longer works.",
        rotateConfirm: "Replace the secret of key {0}? Tools using the old secret will be refused.",
        uncountedTitle: "Completions not counted", uncountedHelp: "The statements are stored and can be read through the LRS, but they do not count towards the school's figure.",
        noUncounted: "None.", school: "School", staffCode: "Staff code", course: "Course", completedAt: "Completed", counted: "Counted",
        SCOPE: "not counted: outside the credential's scope", RIGHT: "not counted: outside the credential's scope (no completion right granted)" }
});
document.addEventListener("DOMContentLoaded", async () => {
  await Admin.start(["DISTRICT_ADMIN"]);
  const box = document.getElementById("error");
  const when = s => s ? new Date(s.endsWith("Z") ? s : s + "Z").toLocaleString(App.lang === "vi" ? "vi-VN" : "en-GB") : App.t("never");
  document.getElementById("endpoint").textContent = location.origin + "/xapi/";
  Admin.options(document.getElementById("c-read"), ["ALL", "OWN", "NONE"], false);

  const form = document.getElementById("new-credential");
  let editing = null; // the key being edited, or null when the form makes a new credential

  function scopeText(c) {
    return [App.t(c.read), c.write ? " + " + App.t("writes") : "", "; ",
      c.allSchools ? App.t("allSchools") : App.t("onlySchools", c.schools.join(", ")), "; ",
      App.t(c.completions ? "counts" : "notCounts"), c.voidOthers ? "; " + App.t("voidsOthers") : ""].join("");
  }
  async function credentials() {
    try {
      const list = await App.get("/api/xapi/credentials");
      document.getElementById("credentials").replaceChildren(...list.map(c => App.el("tr", {},
        App.el("td", {}, App.el("code", {}, c.key)), App.el("td", {}, c.label),
        App.el("td", {}, scopeText(c)),
        App.el("td", {}, App.el("span", { class: "badge " + (c.active ? "ok" : "bad") }, App.t(c.active ? "active" : "inactive"))),
        App.el("td", {}, when(c.createdAt)),
        App.el("td", {}, c.active ? [
          App.el("button", { type: "button", class: "secondary", onclick: () => edit(c) }, App.t("edit")), " ",
          App.el("button", { type: "button", class: "secondary", onclick: () => rotate(c.key) }, App.t("rotate")), " ",
          App.el("button", { type: "button", class: "danger", onclick: () => deactivate(c.key) }, App.t("deactivate"))] : null))));
    } catch (e) { App.showError(box, e); }
  }
  async function deactivate(key) {
    try { await App.post("/api/xapi/credentials/" + encodeURIComponent(key) + "/deactivation"); credentials(); } catch (e) { App.showError(box, e); }
  }
  async function rotate(key) {
    if (!confirm(App.t("rotateConfirm", key))) return;
    try {
      const c = await App.post("/api/xapi/credentials/" + encodeURIComponent(key) + "/secret");
      const issued = document.getElementById("issued");
      issued.hidden = false; issued.textContent = App.t("rotated", c.key, c.secret); box.hidden = true;
    } catch (e) { App.showError(box, e); }
  }
  function edit(c) {
    editing = c.key;
    document.getElementById("c-title").textContent = App.t("editCredential", c.key);
    document.getElementById("c-label").value = c.label;
    document.getElementById("c-read").value = c.read;
    document.getElementById("c-write").checked = c.write;
    document.getElementById("c-schools").value = c.allSchools ? "" : c.schools.join(", ");
    document.getElementById("c-completions").checked = c.completions;
    document.getElementById("c-void-others").checked = c.voidOthers;
    document.getElementById("c-submit").textContent = App.t("save");
    document.getElementById("c-cancel").hidden = false;
    document.getElementById("c-label").focus();
  }
  function stopEditing() {
    editing = null;
    form.reset();
    document.getElementById("c-title").textContent = App.t("newCredential");
    document.getElementById("c-submit").textContent = App.t("create");
    document.getElementById("c-cancel").hidden = true;
  }
  document.getElementById("c-cancel").addEventListener("click", stopEditing);
  form.addEventListener("submit", async ev => {
    ev.preventDefault();
    const codes = document.getElementById("c-schools").value.split(",").map(x => x.trim()).filter(x => x);
    const settings = { label: document.getElementById("c-label").value, write: document.getElementById("c-write").checked,
      read: document.getElementById("c-read").value, schools: codes.length ? codes : null,
      completions: document.getElementById("c-completions").checked, voidOthers: document.getElementById("c-void-others").checked };
    try {
      if (editing) {
        await App.put("/api/xapi/credentials/" + encodeURIComponent(editing), settings);
        stopEditing();
      } else {
        const c = await App.post("/api/xapi/credentials", settings);
        const issued = document.getElementById("issued");
        issued.hidden = false; issued.textContent = App.t("issued", c.key, c.secret);
      }
      box.hidden = true;
      credentials();
      uncounted();
    } catch (e) { App.showError(box, e); }
  });

  async function uncounted() {
    try {
      const rows = await App.get("/api/xapi/credentials/uncounted");
      document.getElementById("no-uncounted").hidden = rows.length > 0;
      document.getElementById("uncounted").replaceChildren(...rows.map(u => App.el("tr", {},
        App.el("td", {}, App.el("code", {}, u.statementId)), App.el("td", {}, App.el("code", {}, u.credentialKey), " ", u.credentialLabel),
        App.el("td", {}, u.schoolCode), App.el("td", {}, u.staffCode), App.el("td", {}, u.courseId), App.el("td", {}, when(u.completedAt)),
        App.el("td", {}, App.el("span", { class: "badge bad" }, App.t(u.reason))))));
    } catch (e) { App.showError(box, e); }
  }

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
  uncounted();
  forwarding();
  setInterval(forwarding, 15000);
});
