"use strict";
App.words({
  vi: { brand: "Tập huấn phòng, chống mại dâm", title: "Đăng nhập", intro: "Bồi dưỡng cán bộ quản lý, viên chức về phòng, chống mại dâm, giảm hại, phòng ngừa bạo lực trên cơ sở giới và hỗ trợ tái hòa nhập cộng đồng.", username: "Tên đăng nhập (mã nhân sự)", password: "Mật khẩu", submit: "Đăng nhập", help: "Quên mật khẩu? Hãy nhờ hiệu trưởng hoặc quản trị viên đặt lại." },
  en: { brand: "Prostitution-prevention training", title: "Sign in", intro: "Training for school managers and staff on prostitution prevention, harm reduction, preventing gender-based violence and supporting community reintegration.", username: "Username (staff code)", password: "Password", submit: "Sign in", help: "Forgot your password? Ask your principal or administrator to reset it." }
});
document.addEventListener("DOMContentLoaded", async () => {
  App.translate();
  const error = new URLSearchParams(location.search).get("error");
  if (error) { const box = document.getElementById("error"); box.textContent = error; box.hidden = false; }
  try { const me = await App.api("GET", "/api/auth/me", undefined, { allow401: true }); if (me && me.home) location.href = me.mustChangePassword ? "/password.html" : me.home; } catch (e) { /* not signed in */ }
});
