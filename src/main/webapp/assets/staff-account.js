// The account card of the staff page: disable / enable an account (principals: their school's staff accounts;
// district admins: any), and for district admins a person's personal data (download, erase) — docs/privacy.md.
"use strict";
App.words({
  vi: { accountTitle: "Tài khoản và dữ liệu cá nhân", accountName: "Tên đăng nhập (mã nhân sự)", disable: "Tạm ngừng tài khoản", enable: "Mở lại tài khoản",
    exportData: "Tải dữ liệu cá nhân", eraseData: "Xoá dữ liệu cá nhân", disabled: "Đã tạm ngừng tài khoản {0}: không đăng nhập được, các phiên đang mở đã kết thúc.",
    enabled: "Đã mở lại tài khoản {0} (mật khẩu không đổi).", confirmDisable: "Tạm ngừng tài khoản {0}? Mọi phiên đang mở sẽ kết thúc ngay.",
    confirmErase: "Xoá dữ liệu cá nhân của {0}? Họ tên và thông tin cá nhân bị xoá vĩnh viễn, tài khoản bị xoá; kết quả học tập vẫn được tính dưới mã ẩn danh. Không thể hoàn tác.",
    erased: "Đã xoá dữ liệu cá nhân của {0}.", exported: "Đã tải dữ liệu của {0}." },
  en: { accountTitle: "Account and personal data", accountName: "Username (staff code)", disable: "Disable account", enable: "Enable account",
    exportData: "Download personal data", eraseData: "Erase personal data", disabled: "Account {0} disabled: it cannot sign in and its open sessions have ended.",
    enabled: "Account {0} enabled again (password unchanged).", confirmDisable: "Disable account {0}? Every open session ends at once.",
    confirmErase: "Erase the personal data of {0}? Name and personal details are removed for good and the account is deleted; learning results still count under the pseudonymous key. This cannot be undone.",
    erased: "Personal data of {0} erased.", exported: "Data of {0} downloaded." }
});
document.addEventListener("DOMContentLoaded", () => {
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
