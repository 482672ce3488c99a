"use strict";
App.words({
  vi: { title: "Đổi mật khẩu", temporary: "Bạn đang dùng mật khẩu tạm do quản trị viên cấp. Hãy đặt mật khẩu của riêng bạn để tiếp tục.", current: "Mật khẩu hiện tại", next: "Mật khẩu mới (ít nhất 8 ký tự)", again: "Nhập lại mật khẩu mới", submit: "Đổi mật khẩu", mismatch: "Hai lần nhập mật khẩu mới không khớp." },
  en: { title: "Change password", temporary: "You are using a temporary password from an administrator. Choose your own password to continue.", current: "Current password", next: "New password (at least 8 characters)", again: "New password again", submit: "Change password", mismatch: "The two new passwords do not match." }
});
document.addEventListener("DOMContentLoaded", async () => {
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
