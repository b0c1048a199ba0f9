/**
 * The fine range against one numeric fact, every other fact unchanged: the case is evaluated at each sample point
 * (including both sides of every threshold the matter's conditions name), and drawn as hand-written SVG.
 */
import type { Condition, MatterFile, Outcome } from "../../src/index.js";
import { evaluateCase } from "./editions.js";
import { h, replace, svg } from "./dom.js";
import { matterOf } from "./form.js";
import { code, lang, loc, t } from "./i18n.js";
import type { PageState } from "./state.js";

/** One evaluation of the chart. */
export interface Sample {
  x: number;
  outcome: Outcome | null;
}

/** Every number a condition compares `fact` with. */
function thresholds(condition: Condition | undefined, fact: string, out: Set<number>): void {
  if (!condition) return;
  if ("all" in condition) condition.all.forEach((c) => thresholds(c, fact, out));
  else if ("any" in condition) condition.any.forEach((c) => thresholds(c, fact, out));
  else if ("not" in condition) thresholds(condition.not, fact, out);
  else if (condition.fact === fact) {
    for (const v of Array.isArray(condition.value) ? condition.value : [condition.value])
      if (typeof v === "number") out.add(v);
  }
}

/** The thresholds of a fact across the matter's tiers, 轻微 test, list conditions, preconditions and sanctions. */
export function factThresholds(matter: MatterFile, fact: string): number[] {
  const out = new Set<number>();
  for (const tier of matter.tiers) thresholds(tier.when, fact, out);
  thresholds(matter.minor, fact, out);
  for (const c of matter.firstViolation?.conditions ?? []) thresholds(c.when, fact, out);
  for (const basis of Object.values(matter.bases)) {
    for (const p of [basis.statutory.individual, basis.statutory.unit]) {
      for (const pre of p?.preconditions ?? []) thresholds(pre.when, fact, out);
      for (const s of p?.sanctions ?? []) thresholds(s.when, fact, out);
    }
  }
  return [...out].sort((a, b) => a - b);
}

const nice = (span: number): number => {
  const raw = span / 5;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const n = raw / pow;
  return (n < 1.5 ? 1 : n < 3 ? 2 : n < 7 ? 5 : 10) * pow;
};

/** The x domain and the sample points for a fact. */
export function samplePoints(
  matter: MatterFile,
  fact: string,
  current: number | undefined,
): { lo: number; hi: number; xs: number[] } {
  const decl = matter.facts[fact];
  if (!decl || decl.type !== "number") return { lo: 0, hi: 0, xs: [] };
  const ts = factThresholds(matter, fact);
  const lo = decl.min;
  const top = Math.max(
    lo + 1,
    ...ts.map((x) => x * 1.5),
    ...(current !== undefined && Number.isFinite(current) ? [current * 1.2] : []),
  );
  const hi = decl.max ?? (top > 10 ? Math.ceil(top / nice(top - lo)) * nice(top - lo) : Math.ceil(top));
  const eps = decl.integer ? 1 : Math.max((hi - lo) / 2000, 1e-6);
  const xs = new Set<number>();
  const steps = 120;
  for (let i = 0; i <= steps; i++) xs.add(lo + ((hi - lo) * i) / steps);
  for (const x of ts) for (const d of [-eps, 0, eps]) xs.add(x + d);
  if (current !== undefined && Number.isFinite(current)) xs.add(current);
  const list = [...xs]
    .map((x) => (decl.integer ? Math.round(x) : Math.round(x * 1e6) / 1e6))
    .filter((x) => x >= lo && x <= hi);
  return { lo, hi, xs: [...new Set(list)].sort((a, b) => a - b) };
}

/** Evaluates the case at every sample point. */
export function sample(state: PageState, fact: string, xs: number[]): Sample[] {
  return xs.map((x) => {
    const r = evaluateCase(
      { ...state.case, facts: { ...state.case.facts, [fact]: x } },
      { edition: state.edition, trace: false, anyDate: state.anyDate },
    );
    return { x, outcome: r.ok ? r.outcome : null };
  });
}

/** Tier colours: the usual tier ids by severity, any other id from the palette. */
const TIER_COLORS: Record<string, string> = {
  reduced: "#72b7b2",
  lighter: "#54a24b",
  general: "#4c78a8",
  heavier: "#e45756",
};
const COLORS = ["#f58518", "#b279a2", "#9d755d", "#eeca3b"];

/** Renders the chart panel. */
export function renderChart(root: HTMLElement, state: PageState, onChange: () => void): void {
  const matter = matterOf(state);
  const numeric = Object.entries(matter?.facts ?? {}).filter(([, d]) => d.type === "number");
  if (!matter || numeric.length === 0) {
    replace(root, h("p", { class: "muted" }, t("noNumericFact")));
    return;
  }
  const fact = state.chart && numeric.some(([n]) => n === state.chart) ? state.chart : numeric[0]![0];
  const decl = matter.facts[fact]!;
  const currentRaw = state.case.facts[fact];
  const current = typeof currentRaw === "number" ? currentRaw : undefined;
  const { lo, hi, xs } = samplePoints(matter, fact, current);
  const samples = sample(state, fact, xs);

  const select = h(
    "select",
    {
      "data-path": "chart",
      onchange: () => {
        state.chart = select.value;
        onChange();
      },
    },
    numeric.map(([n, d]) => h("option", { value: n }, loc(d.label))),
  );
  select.value = fact;

  const unit = decl.type === "number" && decl.unit ? loc(decl.unit) : "";
  if (!samples.some((s) => s.outcome)) {
    replace(
      root,
      h("p", { class: "muted" }, t("chartHint")),
      h("label", {}, `${t("chartFact")} `, select),
      h("p", { class: "issues" }, t("chartInvalid")),
    );
    return;
  }
  replace(
    root,
    h("p", { class: "muted" }, t("chartHint")),
    h("label", {}, `${t("chartFact")} `, select),
    drawChart(samples, {
      lo,
      hi,
      unit,
      current,
      xLabel: `${loc(decl.label)}${unit ? `（${unit}）` : ""}`,
      thresholds: factThresholds(matter, fact),
    }),
  );
}

interface ChartOptions {
  lo: number;
  hi: number;
  unit: string;
  xLabel: string;
  current: number | undefined;
  thresholds: number[];
}

/** Draws the samples: one band per tier run, dashed tier boundaries, the current value. */
export function drawChart(samples: Sample[], o: ChartOptions): SVGElement {
  const W = 640,
    H = 300,
    L = 64,
    R = 16,
    T = 24,
    B = 48;
  const fines = samples.flatMap((s) =>
    s.outcome?.fine ? [Number(s.outcome.fine.min), Number(s.outcome.fine.max)] : [],
  );
  const yMaxRaw = Math.max(1, ...fines);
  const yStep = nice(yMaxRaw);
  const yMax = Math.ceil((yMaxRaw * 1.05) / yStep) * yStep;
  const X = (x: number) => L + ((x - o.lo) / (o.hi - o.lo || 1)) * (W - L - R);
  const Y = (y: number) => H - B - (y / yMax) * (H - T - B);
  const root = svg("svg", {
    viewBox: `0 0 ${W} ${H}`,
    class: "chart",
    role: "img",
    "data-testid": "chart",
    "aria-label": o.xLabel,
  });

  // axes and grid
  for (let y = 0; y <= yMax + 1e-9; y += yStep) {
    root.appendChild(svg("line", { x1: L, x2: W - R, y1: Y(y), y2: Y(y), class: "grid" }));
    root.appendChild(svg("text", { x: L - 6, y: Y(y) + 4, class: "tick", "text-anchor": "end" }, fmt(y)));
  }
  const xStep = nice(o.hi - o.lo);
  for (let x = Math.ceil(o.lo / xStep) * xStep; x <= o.hi + 1e-9; x += xStep) {
    root.appendChild(svg("line", { x1: X(x), x2: X(x), y1: H - B, y2: H - B + 4, class: "axis" }));
    root.appendChild(svg("text", { x: X(x), y: H - B + 16, class: "tick", "text-anchor": "middle" }, fmt(x)));
  }
  root.appendChild(svg("line", { x1: L, x2: W - R, y1: H - B, y2: H - B, class: "axis" }));
  root.appendChild(svg("line", { x1: L, x2: L, y1: T, y2: H - B, class: "axis" }));
  root.appendChild(
    svg("text", { x: (L + W - R) / 2, y: H - 10, class: "axis-label", "text-anchor": "middle" }, o.xLabel),
  );
  root.appendChild(
    svg(
      "text",
      {
        x: 14,
        y: (T + H - B) / 2,
        class: "axis-label",
        "text-anchor": "middle",
        transform: `rotate(-90 14 ${(T + H - B) / 2})`,
      },
      t("fine") + "（" + t("yuan") + "）",
    ),
  );

  // runs of samples with the same tier and disposition
  const key = (s: Sample) => (s.outcome ? `${s.outcome.tier?.id ?? "-"}|${s.outcome.fine ? "f" : "n"}` : "error");
  const runs: Sample[][] = [];
  for (const s of samples) {
    const last = runs[runs.length - 1];
    if (last && key(last[0]!) === key(s)) last.push(s);
    else runs.push([s]);
  }
  const tierColor = new Map<string, string>();
  const colorOf = (id: string) => {
    if (TIER_COLORS[id]) return TIER_COLORS[id];
    if (!tierColor.has(id)) tierColor.set(id, COLORS[tierColor.size % COLORS.length]!);
    return tierColor.get(id)!;
  };
  runs.forEach((run, i) => {
    const first = run[0]!;
    const o1 = first.outcome;
    if (o1?.fine) {
      const color = colorOf(o1.tier?.id ?? "-");
      const top = run.map((s) => `${X(s.x).toFixed(1)},${Y(Number(s.outcome!.fine!.max)).toFixed(1)}`);
      const bottom = run
        .slice()
        .reverse()
        .map((s) => `${X(s.x).toFixed(1)},${Y(Number(s.outcome!.fine!.min)).toFixed(1)}`);
      const pts =
        run.length === 1
          ? [
              `${X(first.x) - 1},${Y(Number(o1.fine.max))}`,
              `${X(first.x) + 1},${Y(Number(o1.fine.max))}`,
              `${X(first.x) + 1},${Y(Number(o1.fine.min))}`,
              `${X(first.x) - 1},${Y(Number(o1.fine.min))}`,
            ]
          : [...top, ...bottom];
      root.appendChild(
        svg("polygon", {
          points: pts.join(" "),
          fill: color,
          "fill-opacity": 0.35,
          stroke: color,
          "stroke-width": 1.5,
          class: "band",
          "data-tier": o1.tier?.id ?? "",
        }),
      );
      const mid = run[Math.floor(run.length / 2)]!;
      root.appendChild(
        svg(
          "text",
          {
            x: X(mid.x),
            y: Math.max(T + 10, Y(Number(mid.outcome!.fine!.max)) - 6),
            class: "band-label",
            "text-anchor": "middle",
            fill: color,
          },
          o1.tier ? loc(o1.tier.label) : "",
        ),
      );
    } else if (o1) {
      const x1 = X(first.x),
        x2 = X(run[run.length - 1]!.x);
      root.appendChild(svg("rect", { x: x1, y: T, width: Math.max(2, x2 - x1), height: H - T - B, class: "no-fine" }));
      root.appendChild(
        svg(
          "text",
          { x: (x1 + x2) / 2, y: T + 14, class: "band-label", "text-anchor": "middle" },
          code("disposition", o1.disposition),
        ),
      );
    }
    if (i > 0) {
      const prev = runs[i - 1]!;
      const edge = boundary(prev[prev.length - 1]!.x, first.x, o.thresholds);
      root.appendChild(svg("line", { x1: X(edge), x2: X(edge), y1: T, y2: H - B, class: "boundary", "data-x": edge }));
      root.appendChild(svg("text", { x: X(edge) + 3, y: H - B - 4, class: "boundary-label" }, fmt(edge)));
    }
  });

  if (o.current !== undefined && o.current >= o.lo && o.current <= o.hi) {
    root.appendChild(svg("line", { x1: X(o.current), x2: X(o.current), y1: T - 6, y2: H - B, class: "current" }));
    root.appendChild(
      svg(
        "text",
        { x: X(o.current), y: T - 10, class: "current-label", "text-anchor": "middle" },
        `${t("current")} ${fmt(o.current)}${lang() === "en" && o.unit ? " " : ""}${o.unit}`,
      ),
    );
  }
  return root;
}

/** Where a tier changes between two samples: the threshold between them, if the matter names one. */
function boundary(a: number, b: number, thresholds: number[]): number {
  return thresholds.find((x) => x > a && x <= b) ?? b;
}

function fmt(n: number): string {
  if (Math.abs(n) >= 10000) return lang() === "zh" ? `${+(n / 10000).toFixed(2)}万` : `${+(n / 1000).toFixed(1)}k`;
  return String(+n.toFixed(3));
}
