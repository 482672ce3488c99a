// Shared by every page: language, API calls (with the CSRF token), the signed-in user, small DOM helpers.
"use strict";
const App = (() => {
  const lang = (document.cookie.match(/(?:^|; )lang=(en|vi)/) || [])[1] || "vi";
  const dict = {};
  let me = null;

  /**
   * The words live in the server's bundles (i18n/messages_*.properties, served by GET /api/i18n/{lang}): a page
   * gets page.<script>.* of each script it loads, merged in their order (a later script's word wins, as each
   * script's own dictionary did when the words were in the scripts), and every enum.<type>.<VALUE> label under its full key.
   */
  const scripts = [...document.querySelectorAll('script[src^="/assets/"]')].map(s => s.getAttribute("src").replace(/^\/assets\/|\.js$/g, ""));
  const wordsLoaded = fetch("/api/i18n/" + lang, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
    .then(res => res.ok ? res.json() : {}).catch(() => ({}))
    .then(all => {
      for (const script of scripts) {
        const prefix = "page." + script + ".";
        for (const [k, v] of Object.entries(all)) if (k.startsWith(prefix)) dict[k.slice(prefix.length)] = v;
      }
      for (const [k, v] of Object.entries(all)) if (k.startsWith("enum.")) dict[k] = v;
    });
  const domLoaded = new Promise(done => document.readyState === "loading" ? document.addEventListener("DOMContentLoaded", done) : done());
  const started = Promise.all([domLoaded, wordsLoaded]).then(() => shell());
  /** Runs a page's start once the document and its words are there (instead of DOMContentLoaded). */
  function ready(start) { return started.then(start); }

  function t(key, ...args) {
    const s = dict[key] ?? key;
    return s.replace(/\{(\d+)\}/g, (_, i) => args[i] ?? "");
  }
  /** The label of an enum value, e.g. label("schoolType", "PUBLIC") → "Công lập". */
  function label(type, value) { return t("enum." + type + "." + value); }
  /**
   * Elements with data-t="key" get their text from the dictionary. The HTML already holds the Vietnamese (the
   * first paint, and what stays when the words cannot be fetched), so a key the dictionary lacks leaves it alone.
   */
  function translate(root = document) {
    document.documentElement.lang = lang;
    const known = k => Object.prototype.hasOwnProperty.call(dict, k);
    root.querySelectorAll("[data-t]").forEach(el => { if (known(el.dataset.t)) el.textContent = t(el.dataset.t); });
    root.querySelectorAll("[data-t-placeholder]").forEach(el => { if (known(el.dataset.tPlaceholder)) el.placeholder = t(el.dataset.tPlaceholder); });
    root.querySelectorAll("[data-t-label]").forEach(el => { if (known(el.dataset.tLabel)) el.setAttribute("aria-label", t(el.dataset.tLabel)); });
    if (root === document && lang !== "vi") {
      // the HTML holds Vietnamese: the tab's title follows the page's heading, the admin menu's spoken name the language
      const h1 = document.querySelector("h1");
      if (h1 && h1.textContent.trim()) document.title = "Tập huấn — " + h1.textContent.trim();
      document.querySelectorAll("header.top nav[aria-label]:not([data-t-label])").forEach(n => n.setAttribute("aria-label", t("navLabel")));
    }
  }
  function setLang(l) { document.cookie = "lang=" + l + "; path=/; max-age=31536000; samesite=strict"; location.reload(); }

  async function api(method, path, body, opts = {}) {
    const headers = { "Accept": "application/json", "Accept-Language": lang };
    if (me && me.csrfToken) headers["X-CSRF-Token"] = me.csrfToken;
    let payload = body;
    if (body !== undefined && !(body instanceof FormData) && !(body instanceof Blob)) {
      headers["Content-Type"] = "application/json";
      payload = JSON.stringify(body);
    }
    const res = await fetch(path, { method, headers, body: payload, credentials: "same-origin" });
    if (res.status === 401 && !opts.allow401) { location.href = "/?next=" + encodeURIComponent(location.pathname); throw new Error("unauthenticated"); }
    const text = await res.text();
    const data = text && (res.headers.get("Content-Type") || "").includes("json") ? JSON.parse(text) : text;
    if (res.status === 403 && data && data.code === "PASSWORD_CHANGE_REQUIRED") { location.href = "/password.html"; throw new Error("password"); }
    // an answer without our JSON (a proxy's error page, a gateway time-out) gets words a person can act on, never
    // the English status line ("HTTP 404 Not Found") in a Vietnamese page
    if (!res.ok) { const e = new Error((data && data.message) || t("httpError", res.status)); e.problem = data; e.status = res.status; throw e; }
    return data;
  }
  const get = p => api("GET", p);
  const post = (p, b) => api("POST", p, b);
  const put = (p, b) => api("PUT", p, b);

  /** The signed-in user, or a redirect to the sign-in page. */
  async function signedIn(roles) {
    me = await api("GET", "/api/auth/me");
    if (me.mustChangePassword && !location.pathname.endsWith("/password.html")) { location.href = "/password.html"; }
    if (roles && !roles.includes(me.role)) { location.href = me.home; }
    const who = document.getElementById("who");
    if (who) who.textContent = me.displayName;
    document.querySelectorAll("[data-role]").forEach(el => { el.hidden = !el.dataset.role.split(" ").includes(me.role); });
    if (!me.mustChangePassword) { myAccountLink(); processingNotice().catch(() => {}); }
    return me;
  }
  /** "Tài khoản của tôi" beside every sign-out button (docs/privacy.md). */
  function myAccountLink() {
    if (location.pathname === "/account.html") return;
    document.querySelectorAll("[data-sign-out]").forEach(b => b.before(el("a", { href: "/account.html", class: "my-account" }, t("myAccount")), " "));
  }
  /** The processing notice, once per account and version, until acknowledged (recorded by the server). */
  async function processingNotice() {
    if (sessionStorage.getItem("noticeRead") === String(me.username)) return;
    const n = await api("GET", "/api/privacy/notice");
    if (n.acknowledged) { sessionStorage.setItem("noticeRead", me.username); return; }
    // a banner at the top of the page, not a modal: the page stays usable while it is read
    const ok = el("button", { type: "button" }, t("noticeRead"));
    const banner = el("section", { class: "card privacy-notice", "aria-labelledby": "notice-title" },
      el("h2", { id: "notice-title" }, t("noticeTitle")), el("p", {}, lang === "en" ? n.en : n.vi),
      el("p", {}, ok, " ", el("a", { href: "/account.html" }, t("myAccount"))));
    ok.addEventListener("click", async () => { await api("POST", "/api/privacy/notice/acknowledgement"); sessionStorage.setItem("noticeRead", me.username); banner.remove(); });
    const h1 = document.querySelector("main h1");
    if (h1) h1.after(banner); else (document.querySelector("main") || document.body).prepend(banner);
  }
  async function signOut() { await api("POST", "/api/auth/logout", undefined, { allow401: true }); location.href = "/"; }

  function el(tag, attrs = {}, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
    return e;
  }
  /**
   * Shows an API error with every detail (row, field, value, problem, fix). A field is named as the page names it (the
   * label of the control marked data-field="<field>"), a day as dd/MM/yyyy: never "completionsValidFrom · «2027-01-01»".
   */
  function showError(box, err) {
    box.hidden = false; box.replaceChildren(el("p", {}, err.message));
    const details = (err.problem && err.problem.details) || [];
    const day = v => /^\d{4}-\d{2}-\d{2}$/.test(String(v)) ? formatDate(v) : v;
    if (details.length) box.append(el("ul", { class: "problems" }, details.map(d => el("li", {},
      [d.row != null ? t("row") + " " + d.row : null, fieldName(d.field), d.value != null ? "«" + day(d.value) + "»" : null].filter(Boolean).join(" · ") + ": " + d.problem + (d.fix ? " — " + d.fix : "")))));
    box.focus();
  }
  function fieldName(field) {
    const control = field && document.querySelector('[data-field="' + CSS.escape(field) + '"]');
    const label = control && ((control.labels && control.labels[0]) || control.querySelector("legend"));
    return label ? label.textContent.trim() : field;
  }
  const fmt = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 });
  function number(n) { return fmt.format(n); }

  // Dates and percentages are printed the same way on every page and in every file (docs/reporting.md, "Formats").
  const ZONE = "Asia/Ho_Chi_Minh";
  const dayParts = new Intl.DateTimeFormat("en-GB", { timeZone: ZONE, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  /** A day "2026-12-06" as is; a moment (ISO, UTC when it names no zone, as the API sends them) in Vietnam's time. */
  function parts(value) {
    const s = String(value);
    const day = s.match(/^(\d{4})-(\d{2})-(\d{2})$/);
    if (day) return { year: day[1], month: day[2], day: day[3] };
    const at = new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(s) ? s : s + "Z");
    if (isNaN(at)) return null;
    return Object.fromEntries(dayParts.formatToParts(at).map(p => [p.type, p.value]));
  }
  /** dd/MM/yyyy in every language ("06/12/2026"); "-" for none. */
  function formatDate(value) {
    const p = value ? parts(value) : null;
    return p ? p.day + "/" + p.month + "/" + p.year : "-";
  }
  /** dd/MM/yyyy HH:mm in Vietnam's time. */
  function formatDateTime(value) {
    const p = value ? parts(value) : null;
    return p ? p.day + "/" + p.month + "/" + p.year + (p.hour ? " " + p.hour + ":" + p.minute : "") : "-";
  }
  /** Today in Vietnam, "2026-12-06" (for comparing with the API's days). */
  function today() {
    const p = parts(new Date().toISOString());
    return p.year + "-" + p.month + "-" + p.day;
  }
  /** dd/MM, for chart axes. */
  function formatDayMonth(value) {
    const p = value ? parts(value) : null;
    return p ? p.day + "/" + p.month : "";
  }
  const percentFmt = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  /**
   * A percentage with one decimal, rounded half-up ("66,7%"), except that a value below the target is never shown at or
   * above it (69.96 with target 70 → "69,9%"), as the server rounds (platform/VietnameseText.share); "-" for none.
   */
  function formatPercent(value, target) {
    if (value === null || value === undefined || value === "") return "-";
    const x = Number(value);
    let shown = Math.round(x * 10 + 1e-9) / 10;
    if (target !== null && target !== undefined && x < Number(target) && shown >= Number(target)) shown = Math.floor(x * 10 + 1e-9) / 10;
    return percentFmt.format(shown) + "%";
  }

  /**
   * The page shells, one list each: <header class="top" data-shell="admin|learner"></header> is filled from
   * here; roles in a link's data-role are shown by signedIn(). Other pages write their short header themselves.
   */
  const SHELLS = {
    admin: { home: "/admin/", nav: [
      { href: "/admin/", t: "navSchools" }, { href: "/admin/staff.html", t: "navStaff" }, { href: "/admin/import.html", t: "navImport" },
      { href: "/admin/report.html", t: "navReports" }, { href: "/admin/contacts.html", t: "navContacts" },
      { href: "/admin/programmes.html", t: "navProgrammes", role: "DISTRICT_ADMIN" }, { href: "/admin/courses.html", t: "navCourses", role: "DISTRICT_ADMIN" },
      { href: "/admin/xapi.html", t: "navXapi", role: "DISTRICT_ADMIN" }, { href: "/admin/audit.html", t: "navAudit" }] },
    learner: { home: "/learn/" }
  };
  function shell() {
    document.querySelectorAll("header.top[data-shell]").forEach(header => {
      const kind = SHELLS[header.dataset.shell];
      header.replaceChildren(el("a", { class: "brand", href: kind.home, id: "who" }, t("brand")),
        kind.nav ? el("nav", { "aria-label": t("navLabel") }, kind.nav.map(n => el("a", { href: n.href, "data-t": n.t, "data-role": n.role }, t(n.t)))) : null,
        el("span", {}, el("button", { type: "button", class: "lang-switch" }), " ", el("button", { type: "button", class: "secondary", "data-sign-out": true, "data-t": "signOut" }, t("signOut"))));
    });
    document.querySelectorAll(".lang-switch").forEach(b => { b.textContent = lang === "vi" ? "English" : "Tiếng Việt"; b.lang = lang === "vi" ? "en" : "vi"; b.addEventListener("click", () => setLang(lang === "vi" ? "en" : "vi")); });
    document.querySelectorAll("[data-sign-out]").forEach(b => b.addEventListener("click", signOut));
  }
  return { lang, ready, t, label, translate, api, get, post, put, signedIn, signOut, el, showError, number, formatDate, formatDateTime, formatDayMonth,
    formatPercent, today, get me() { return me; } };
})();
