// ECharts (the small "simple" build from the WebJar: line and bar charts, grid, aria; no tooltip, legend or markLine)
// for the report pages. The library (460 KB) is fetched in parallel with the figures (<link rel="preload"> in the page)
// and run only when the first chart is drawn, after the numbers are on the screen. Each chart follows its box's size
// through one ResizeObserver, never one more window listener per drawing. The WebJar version in LIBRARY is filled in
// by the WAR build from the POM (echarts.version), like the pages' preload links.
"use strict";
const Charts = (() => {
  const LIBRARY = "/webjars/echarts/@echarts.version@/dist/echarts.simple.min.js";
  const OK = "#1a7f37", BAD = "#b42318", LINE = "#0b5cad";
  let loading = null;
  function load() {
    if (window.echarts) return Promise.resolve(window.echarts);
    if (!loading) loading = new Promise((resolve, reject) => {
      const s = document.createElement("script");
      s.src = LIBRARY;
      s.onload = () => resolve(window.echarts); s.onerror = reject;
      document.head.append(s);
    });
    return loading;
  }
  const observed = new WeakSet();
  const resizer = typeof ResizeObserver === "function"
    ? new ResizeObserver(entries => entries.forEach(e => { const c = window.echarts && window.echarts.getInstanceByDom(e.target); if (c) c.resize(); }))
    : null;
  function chart(el, option) {
    return load().then(echarts => {
      const c = echarts.getInstanceByDom(el) || echarts.init(el, null, { renderer: "canvas" });
      c.setOption(option, true);
      if (resizer && !observed.has(el)) { resizer.observe(el); observed.add(el); }
      return c;
    });
  }
  const pct = v => v == null ? null : Number(v);
  /** The words all names share at their start ("Trường THCS "), dropped from the bars' labels; the table keeps full names. */
  function commonStart(names) {
    if (names.length < 2) return "";
    const words = names.map(n => n.split(" "));
    let i = 0;
    while (words.every(w => w.length > i + 1 && w[i] === words[0][i])) i++;
    return i ? words[0].slice(0, i).join(" ") + " " : "";
  }
  /** The target line's own label, on its first point: "Chỉ tiêu 70%". */
  function targetData(count, target, labels) {
    const label = labels.targetLabel || App.t("targetLabel", App.number(Number(target)) + "%");
    return Array.from({ length: count }, (_, i) => i > 0 ? Number(target)
      : { value: Number(target), label: { show: true, position: "top", align: "left", formatter: label, color: BAD, fontWeight: "bold" } });
  }
  /**
   * Horizontal bars, best at the top, with a vertical target line. rows: [{name, percent, meetsTarget}] — the colour is
   * the server's verdict, never a comparison of a rounded percentage. Names wrap instead of being cut.
   */
  function ranking(el, rows, target, labels) {
    const prefix = commonStart(rows.map(r => r.name));
    const names = rows.map(r => r.name.slice(prefix.length)).reverse();
    const verdicts = rows.map(r => r.meetsTarget).reverse(), values = rows.map(r => pct(r.percent)).reverse();
    const labelWidth = Math.max(90, Math.floor((el.clientWidth || 360) * 0.38));
    el.style.height = Math.max(220, rows.length * 36 + 70) + "px";
    return chart(el, {
      aria: { enabled: true, label: { description: labels.description } },
      grid: { left: 8, right: 40, top: 30, bottom: 24, containLabel: true },
      xAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
      yAxis: { type: "category", data: names, axisLabel: { width: labelWidth, overflow: "break", lineHeight: 14 } },
      series: [
        { type: "bar", data: values.map((v, i) => ({ value: v, itemStyle: { color: verdicts[i] ? OK : BAD } })),
          label: { show: true, position: "right", formatter: p => p.value == null ? "" : App.formatPercent(p.value) } },
        { type: "line", name: labels.target, data: targetData(names.length, target, labels), symbol: "none",
          lineStyle: { color: LINE, type: "dashed", width: 2 } }
      ]
    });
  }
  /** % trained over time with the labelled target line; the axis reads dd/MM. points: [{date, percent}] */
  function trend(el, points, target, labels) {
    return chart(el, {
      aria: { enabled: true, label: { description: labels.description } },
      grid: { left: 8, right: 16, top: 28, bottom: 24, containLabel: true },
      xAxis: { type: "category", data: points.map(p => App.formatDayMonth(p.date)), boundaryGap: false, axisLabel: { hideOverlap: true } },
      yAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
      series: [
        { type: "line", name: labels.series, data: points.map(p => pct(p.percent)), areaStyle: { opacity: .12 }, symbolSize: 4 },
        { type: "line", name: labels.target, data: targetData(points.length, target, labels), symbol: "none",
          lineStyle: { color: BAD, type: "dashed", width: 2 } }
      ]
    });
  }
  return { ranking, trend, commonStart, LIBRARY };
})();
