// ECharts (the small "simple" build from the WebJar) for the report pages; loaded only there.
// The target is drawn as a plain line series, which the simple build has (it has no markLine).
"use strict";
const Charts = (() => {
  let loading = null;
  function load() {
    if (window.echarts) return Promise.resolve(window.echarts);
    if (!loading) loading = new Promise((resolve, reject) => {
      const s = document.createElement("script");
      s.src = "/webjars/echarts/5.3.1/dist/echarts.simple.min.js";
      s.onload = () => resolve(window.echarts); s.onerror = reject;
      document.head.append(s);
    });
    return loading;
  }
  function chart(el, option) {
    return load().then(echarts => {
      const c = echarts.getInstanceByDom(el) || echarts.init(el, null, { renderer: "canvas" });
      c.setOption(option, true);
      window.addEventListener("resize", () => c.resize());
      return c;
    });
  }
  const pct = v => v == null ? null : Number(v);
  /** Horizontal bars, best at the top, with a vertical target line. rows: [{name, percent}] */
  function ranking(el, rows, target, labels) {
    const names = rows.map(r => r.name).reverse(), values = rows.map(r => pct(r.percent)).reverse();
    el.style.height = Math.max(200, rows.length * 22 + 60) + "px";
    return chart(el, {
      aria: { enabled: true, label: { description: labels.description } },
      grid: { left: 8, right: 24, top: 28, bottom: 24, containLabel: true },
      xAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
      yAxis: { type: "category", data: names, axisLabel: { width: 150, overflow: "truncate" } },
      series: [
        { type: "bar", data: values.map(v => ({ value: v, itemStyle: { color: v != null && v >= Number(target) ? "#1a7f37" : "#b42318" } })),
          label: { show: true, position: "right", formatter: p => p.value == null ? "" : Reporting.percent(p.value) } },
        { type: "line", name: labels.target, data: names.map(() => Number(target)), symbol: "none", lineStyle: { color: "#0b5cad", type: "dashed", width: 2 } }
      ]
    });
  }
  /** % trained over time with the target line. points: [{date, percent}] */
  function trend(el, points, target, labels) {
    return chart(el, {
      aria: { enabled: true, label: { description: labels.description } },
      grid: { left: 8, right: 16, top: 24, bottom: 24, containLabel: true },
      xAxis: { type: "category", data: points.map(p => p.date.slice(5)), boundaryGap: false },
      yAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
      series: [
        { type: "line", name: labels.series, data: points.map(p => pct(p.percent)), areaStyle: { opacity: .12 }, symbolSize: 4 },
        { type: "line", name: labels.target, data: points.map(() => Number(target)), symbol: "none", lineStyle: { color: "#b42318", type: "dashed", width: 2 } }
      ]
    });
  }
  return { ranking, trend };
})();
