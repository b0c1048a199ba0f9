/**
 * The official benchmark table (序号, 违法行为, 法律依据, 处罚依据, 裁量阶次, 适用情形, 处罚标准, 首违不罚), one table per
 * jurisdiction with a legal basis, rendered from a rule set as Markdown or CSV, with each row's provenance visible.
 */
import type { RuleSet } from "../load/index.js";
import type { Citation, MatterFile, Provenance, StatutoryFine, StatutoryPenalty, Tier } from "../schema/rules.js";
import { LAW_TITLES } from "../generated/law-titles.js";
import { tierBand } from "../law/bands.js";
import { Dec, formatAmount, scale, type Interval } from "../money/index.js";
import { formulaTable, isStaticFine, statutoryInterval } from "../law/fine.js";

/** One row of the benchmark table: one tier of one matter in one jurisdiction. */
export interface BenchmarkRow {
  /** The jurisdiction id. */
  jurisdiction: string;
  /** The row's matter number (序号). */
  number: number;
  /** The matter id. */
  matterId: string;
  /** 违法行为: the matter's name. */
  conduct: string;
  /** 法律依据: the prohibiting articles, quoted. */
  legalBasis: string;
  /** 处罚依据: the penalty articles, quoted. */
  penaltyBasis: string;
  /** 裁量阶次: the tier's label. */
  tier: string;
  /** The tier's id. */
  tierId: string;
  /** 适用情形: the tier's conditions in words. */
  situation: string;
  /** 处罚标准: the fine range per party type, with preconditions and sanctions. */
  standard: string;
  /** 首违不罚: the listing and its conditions, or Art. 33 ¶1. */
  firstViolation: string;
  /** 来源: the provenance of the statutory range, the tier split and the conditions. */
  provenance: string;
}

const PARTY = { individual: "个人", unit: "单位" } as const;
const STATUS: Record<Provenance["status"], string> = {
  statute: "法定",
  formula: "公式",
  published: "已公布",
  modelled: "模型",
};

const lawTitle = (id: string) => (LAW_TITLES[id] ? `《${LAW_TITLES[id]}》` : id);
const cite = (c: Citation) => `${lawTitle(c.law)}${c.article}：“${c.text}”`;

function number(d: InstanceType<typeof Dec>): string {
  const rounded = d.toDecimalPlaces(2);
  return (rounded.eq(d) ? "" : "约") + formatAmount(rounded);
}

function span(a: InstanceType<typeof Dec>, b: InstanceType<typeof Dec>): string {
  return a.eq(b) ? number(a) : `${number(a)}–${number(b)}`;
}

/** 处罚标准 of one tier for one party type: an amount band, or for fines that depend on the case, the rate band. */
function standardFor(
  ruleSet: RuleSet,
  m: MatterFile,
  tier: Tier,
  sp: StatutoryPenalty,
  jurisdiction: string,
  party: "individual" | "unit",
): string {
  const pre = (sp.preconditions ?? []).map((p) => p.label.zh).join("、");
  const prefix = `${PARTY[party]}${pre ? `（${pre}的）` : ""}`;
  const sanctions = (sp.sanctions ?? []).map(
    (s) => `${s.mandatory ? "" : "可"}${s.label.zh}${s.when ? "（依情形）" : ""}`,
  );
  const fine = sp.fine;
  let text: string;
  if (!fine) {
    text = "不处罚款";
  } else {
    const unit = new Dec(ruleSet.edition.generalRules.rounding.unit);
    const level = tier.level;
    if (isStaticFine(fine)) {
      const band = tierBand(ruleSet.edition, tier, level, fine, statutoryInterval(fine, {}), jurisdiction, party, unit);
      text = band ? `${sp.optional ? "可处" : "处"}${span(band.min, band.max)} 元` : "不适用减轻（无法定最低额）";
    } else {
      text = rateBand(
        ruleSet,
        m,
        tier,
        fine as Exclude<StatutoryFine, { shape: "range" | "max-only" | "fixed" }>,
        sp.optional,
      );
    }
  }
  return [prefix + text, ...sanctions].join("；");
}

/** The band of a case-dependent fine, stated on its rate, multiple or percentage. */
function rateBand(
  ruleSet: RuleSet,
  m: MatterFile,
  tier: Tier,
  fine: Exclude<StatutoryFine, { shape: "range" | "max-only" | "fixed" }>,
  optional: boolean,
): string {
  const formula = ruleSet.edition.generalRules.tierFormula;
  const table = formulaTable(fine) as "range" | "maxOnly";
  let lo: InstanceType<typeof Dec>;
  let hi: InstanceType<typeof Dec>;
  let suffix: string;
  let base: string;
  switch (fine.shape) {
    case "per-unit":
      lo = new Dec(fine.rate.min);
      hi = new Dec(fine.rate.max);
      suffix = ` ${fine.unit.zh}`;
      base = `按${fine.quantity.map((q) => m.facts[q]?.label.zh ?? q).join("×")}计`;
      break;
    case "multiple":
      lo = scale(new Dec(1), fine.min);
      hi = scale(new Dec(1), fine.max);
      suffix = " 倍";
      base = `以${m.facts[fine.base]?.label.zh ?? fine.base}为基数`;
      break;
    case "percentage":
      lo = new Dec(fine.min);
      hi = new Dec(fine.max);
      suffix = "%";
      base = `以${m.facts[fine.base]?.label.zh ?? fine.base}为基数`;
      break;
  }
  const verb = optional ? "可处" : "处";
  if (tier.level === "reduced") return `${verb}低于 ${number(lo)}${suffix} 的罚款（减轻，${base}）`;
  const band =
    typeof tier.band === "object"
      ? tier.band
      : formula[table][(tier.band as "lighter" | "general" | "heavier" | undefined) ?? tier.level];
  const r: Interval = { min: lo.plus(scale(hi.minus(lo), band.from)), max: lo.plus(scale(hi.minus(lo), band.to)) };
  return `${verb}${span(r.min, r.max)}${suffix}（${base}，金额取整至 ${ruleSet.edition.generalRules.rounding.unit} 元）`;
}

function firstViolationCell(ruleSet: RuleSet, m: MatterFile): string {
  const fv = m.firstViolation;
  const art = ruleSet.edition.generalRules.statute.firstViolation;
  if (!fv?.listed) return `未列入清单；符合${lawTitle(art.law)}${art.article}“${art.text}”的，可以不予处罚`;
  const item = fv.item ? `第${fv.item}项` : "";
  return `列入清单${item}（${STATUS[fv.provenance.status]}）：${fv.conditions.map((c) => c.label.zh).join("；")}，不予处罚`;
}

/** Every row of the benchmark, jurisdiction by jurisdiction (only jurisdictions where a matter has its own basis). */
export function benchmarkRows(ruleSet: RuleSet): BenchmarkRow[] {
  const rows: BenchmarkRow[] = [];
  for (const j of ruleSet.edition.jurisdictions) {
    const matters = ruleSet.matters.filter((m) => m.bases[j.id]);
    matters.forEach((m, index) => {
      const basis = m.bases[j.id]!;
      const tiers = m.tiers.filter((t) => t.level !== "reduced");
      for (const tier of tiers) {
        const standards = m.parties.map((p) => standardFor(ruleSet, m, tier, basis.statutory[p]!, j.id, p));
        rows.push({
          jurisdiction: j.id,
          number: index + 1,
          matterId: m.id,
          conduct: m.name.zh,
          legalBasis: basis.prohibition.map(cite).join("\n"),
          penaltyBasis: basis.penalty.map(cite).join("\n"),
          tier: tier.label.zh,
          tierId: tier.id,
          situation: tier.description?.zh ?? "",
          standard: standards.join("\n"),
          firstViolation: firstViolationCell(ruleSet, m),
          provenance: `法定幅度：${STATUS[basis.provenance.status]}；阶次：${STATUS[m.provenance.tiers.status]}；适用情形：${STATUS[m.provenance.conditions.status]}`,
        });
      }
    });
  }
  return rows;
}

const COLUMNS: [keyof BenchmarkRow, string][] = [
  ["number", "序号"],
  ["conduct", "违法行为"],
  ["legalBasis", "法律依据"],
  ["penaltyBasis", "处罚依据"],
  ["tier", "裁量阶次"],
  ["situation", "适用情形"],
  ["standard", "处罚标准"],
  ["firstViolation", "首违不罚"],
  ["provenance", "来源"],
];

const mdCell = (v: string) => v.replace(/\|/g, "\\|").replace(/\n/g, "<br>");

/** The benchmark as Markdown: a header with the edition's provenance and gaps, then one table per jurisdiction. */
export function benchmarkMarkdown(ruleSet: RuleSet): string {
  const e = ruleSet.edition;
  const rows = benchmarkRows(ruleSet);
  const out: string[] = [];
  out.push(`# ${e.title.zh}`, "");
  out.push(`${e.title.en}`, "");
  out.push(
    `- 编号 Edition: \`${e.id}\`; 施行 in force: ${e.effectiveFrom}${e.effectiveTo ? ` – ${e.effectiveTo}` : " 起"}`,
  );
  out.push(`- 制定 Issuer: ${e.issuer.zh}`);
  out.push(`- 来源 Provenance: **${STATUS[e.provenance.status]}** — ${e.provenance.note ?? ""}`);
  out.push(
    `- 阶次公式 Tier formula: ${e.generalRules.tierFormula.provenance.source?.title ?? ""} — ${e.generalRules.tierFormula.provenance.note ?? ""}`,
  );
  out.push(
    `- 首违不罚 First-violation policy: ${e.generalRules.firstViolation.lookbackMonths} 个月内${e.generalRules.firstViolation.area === "region" ? "本区域（毗邻区域）任一地区" : "本地"}未被发现同一违法行为 — ${e.generalRules.firstViolation.provenance.note ?? ""}`,
  );
  out.push(
    "",
    "> 本表由规则文件生成（`cailiang export`），“模型”一栏的数字不是官方裁量基准。 Generated from the rule files; numbers marked 模型 (modelled) are not an official benchmark.",
    "",
  );
  if (e.knownGaps.length > 0) {
    out.push("## 已知缺口 Known gaps", "");
    for (const g of e.knownGaps)
      out.push(`- ${g.jurisdiction ? `\`${g.jurisdiction}\`: ` : ""}${g.note.zh} ${g.note.en}`);
    out.push("");
  }
  const listed = ruleSet.matters.filter((m) => m.firstViolation?.listed);
  if (listed.length > 0) {
    out.push("## 首违不罚清单 First-violation (no-penalty) list", "");
    out.push("| 事项 | 清单项 | 来源 | 条件（均须满足） | 依据 |", "|---|---|---|---|---|");
    for (const m of listed) {
      const fv = m.firstViolation!;
      const source = fv.provenance.source
        ? `${fv.provenance.source.title}${fv.provenance.source.date ? `（${fv.provenance.source.date}）` : ""}`
        : "";
      out.push(
        `| ${mdCell(`${m.name.zh}<br>\`${m.id}\``)} | ${fv.item ?? ""} | ${STATUS[fv.provenance.status]}${source ? `：${mdCell(source)}` : ""} | ${mdCell(fv.conditions.map((c) => c.label.zh).join("；"))} | ${mdCell(fv.provenance.note ?? "")} |`,
      );
    }
    out.push("");
  }
  for (const j of e.jurisdictions) {
    const jr = rows.filter((r) => r.jurisdiction === j.id);
    out.push(`## ${j.name.zh} ${j.name.en} (\`${j.id}\`)`, "");
    if (jr.length === 0) {
      const parent = j.id.includes("/") ? j.id.slice(0, j.id.lastIndexOf("/")) : undefined;
      out.push(
        j.basisAvailable
          ? `本地区无单独的法律依据${parent ? `，适用 \`${parent}\` 的表` : ""}。 No basis of its own${parent ? `; the \`${parent}\` table applies` : ""}.`
          : `无可用的法规文本，本版不设法律依据。 ${j.note ?? "No law text available."}`,
      );
      out.push("");
      continue;
    }
    out.push(`| ${COLUMNS.map(([, h]) => h).join(" | ")} |`);
    out.push(`|${COLUMNS.map(() => "---").join("|")}|`);
    let last = "";
    for (const r of jr) {
      const first = r.matterId !== last;
      last = r.matterId;
      const cells = COLUMNS.map(([k]) => {
        if (!first && ["number", "conduct", "legalBasis", "penaltyBasis", "firstViolation"].includes(k)) return "";
        return mdCell(
          k === "number" ? String(r.number) : k === "conduct" ? `${r.conduct}<br>\`${r.matterId}\`` : String(r[k]),
        );
      });
      out.push(`| ${cells.join(" | ")} |`);
    }
    out.push("");
  }
  return out.join("\n");
}

const csvCell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

const EN_HEADERS: Partial<Record<keyof BenchmarkRow, string>> = {
  jurisdiction: "Jurisdiction",
  matterId: "Matter id",
  number: "No.",
  conduct: "Conduct",
  legalBasis: "Legal basis (verbatim)",
  penaltyBasis: "Penalty basis (verbatim)",
  tier: "Tier",
  situation: "Situation",
  standard: "Standard (Chinese)",
  firstViolation: "First violation (Chinese)",
  provenance: "Provenance (Chinese)",
};

/** Options of {@link benchmarkCsv}. */
export interface CsvOptions {
  /**
   * `zh` (default): Chinese header and names throughout. `en`: English header, jurisdiction, matter, tier and situation
   * names; the quoted articles stay verbatim Chinese, and the generated standard, first-violation and provenance
   * cells stay Chinese.
   */
  lang?: "zh" | "en";
  /** Start with a UTF-8 byte order mark, so spreadsheet programs on Chinese Windows read the file as UTF-8. */
  bom?: boolean;
}

/**
 * The benchmark as CSV (RFC 4180, UTF-8, CRLF): one row per tier, with the jurisdiction's name and the matter id as
 * columns.
 */
export function benchmarkCsv(ruleSet: RuleSet, options: CsvOptions = {}): string {
  const en = options.lang === "en";
  const header = en
    ? ["Jurisdiction", "Matter id", ...COLUMNS.map(([k, h]) => EN_HEADERS[k] ?? h)]
    : ["地区", "事项编号", ...COLUMNS.map(([, h]) => h)];
  const jurisdictions = new Map(ruleSet.edition.jurisdictions.map((j) => [j.id, j.name]));
  const matters = new Map(ruleSet.matters.map((m) => [m.id, m]));
  const lines = [header.map(csvCell).join(",")];
  for (const r of benchmarkRows(ruleSet)) {
    const name = jurisdictions.get(r.jurisdiction);
    let row: BenchmarkRow = r;
    if (en) {
      const m = matters.get(r.matterId);
      const tier = m?.tiers.find((t) => t.id === r.tierId);
      row = {
        ...r,
        conduct: m?.name.en ?? r.conduct,
        tier: tier?.label.en ?? r.tier,
        situation: tier?.description?.en ?? r.situation,
      };
    }
    const place = name ? (en ? name.en : name.zh) : r.jurisdiction;
    lines.push([place, r.matterId, ...COLUMNS.map(([k]) => String(row[k]))].map(csvCell).join(","));
  }
  return (options.bom ? "\uFEFF" : "") + lines.join("\r\n") + "\r\n";
}
