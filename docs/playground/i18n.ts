/** Interface wording in Chinese and English. Rule data carries its own `{ zh, en }` labels. */
import type { Localized } from "../../src/index.js";
import { label, type LabelKind } from "../../src/i18n/labels.js";

export type { Lang } from "../../src/i18n/labels.js";
import type { Lang } from "../../src/i18n/labels.js";

let current: Lang = "zh";

export const setLang = (lang: Lang): void => {
  current = lang;
};
export const lang = (): Lang => current;

/** The label of a rule-data string in the current language. */
export const loc = (l: Localized | undefined | null): string => (l ? l[current] : "");

const STRINGS = {
  title: { zh: "裁量试算", en: "Discretion playground" },
  subtitle: {
    zh: "填写案件事实，查看裁量阶次、罚款幅度、首违不罚结论及其依据。",
    en: "Fill in the facts of a case; see the tier, the fine range, the first-violation verdict and the articles behind them.",
  },
  docs: { zh: "文档", en: "Docs" },
  switchLang: { zh: "English", en: "中文" },
  honestyTitle: { zh: "模型基准，非官方文本", en: "A modelled benchmark, not an official one" },
  honesty: {
    zh: "未找到官方统一的城管裁量阶次金额表。本页使用的基准以真实法规和公开通则为基础建模：法定罚款幅度逐字核对法规原文，阶次划分和适用情形除另有来源外均为模型。每一部分的来源见页面下方“数据来源”。请勿将模型数字当作官方裁量基准。",
    en: "No official unified city-management tier table with amounts has been found. The benchmark used here is modelled on real statutes and real published general rules: statutory ranges are checked verbatim against the law texts; tier splits and tier conditions are modelled unless a source is named. Each part's provenance is listed under “Where the numbers come from”. Do not present modelled numbers as an official benchmark.",
  },
  caseSection: { zh: "案件", en: "Case" },
  edition: { zh: "基准版本", en: "Edition" },
  editionAuto: {
    zh: "按行为发生日期选择（行政处罚法第三十七条）",
    en: "By the date of the act (Administrative Penalty Law Art. 37)",
  },
  anyDate: { zh: "不论版本施行日期", en: "Ignore the edition's effective dates" },
  jurisdiction: { zh: "地区", en: "Jurisdiction" },
  noBasis: { zh: "无法律依据", en: "no legal basis" },
  matter: { zh: "违法事项", en: "Matter" },
  facts: { zh: "违法事实", en: "Facts" },
  noFacts: { zh: "本事项无需其他事实。", en: "This matter needs no further facts." },
  party: { zh: "当事人", en: "Party" },
  partyType: { zh: "类型", en: "Type" },
  individual: { zh: "个人", en: "Individual" },
  unit: { zh: "单位", en: "Unit" },
  age: { zh: "年龄（周岁，可不填）", en: "Age (years, optional)" },
  mentalState: { zh: "精神状态", en: "Mental state" },
  notGiven: { zh: "（未填）", en: "(not given)" },
  dates: { zh: "日期", en: "Dates" },
  occurredOn: { zh: "行为发生日", en: "Occurred on" },
  endedOn: { zh: "行为终了日（连续或继续状态，可不填）", en: "Ended on (continuing acts, optional)" },
  discoveredOn: { zh: "发现日", en: "Discovered on" },
  decidedOn: { zh: "决定日（可不填）", en: "Decided on (optional)" },
  circumstances: { zh: "情节", en: "Circumstances" },
  harm: { zh: "危害后果", en: "Harm" },
  correction: { zh: "改正情况", en: "Correction" },
  noFault: { zh: "当事人有证据足以证明没有主观过错", en: "The party proves it was not at fault" },
  priors: { zh: "此前违法记录", en: "Prior violations" },
  noPriors: { zh: "无。", en: "None." },
  addPrior: { zh: "添加一条", en: "Add one" },
  remove: { zh: "删除", en: "Remove" },
  priorMatter: { zh: "事项", en: "Matter" },
  priorOn: { zh: "日期", en: "Date" },
  priorJurisdiction: { zh: "地区", en: "Jurisdiction" },
  outcome: { zh: "结论", en: "Outcome" },
  invalid: { zh: "案件信息有误，请按提示修改。", en: "The case has errors; see the fields marked." },
  disposition: { zh: "处理", en: "Disposition" },
  tier: { zh: "裁量阶次", en: "Tier" },
  fine: { zh: "罚款幅度", en: "Fine range" },
  noFine: { zh: "无罚款", en: "no fine" },
  ifNotWaived: { zh: "（如不免罚）", en: "(if not waived)" },
  yuan: { zh: "元", en: "CNY" },
  firstViolation: { zh: "首违不罚", en: "First violation (首违不罚)" },
  listed: { zh: "列入首违不罚清单", en: "on the no-penalty list" },
  notListed: { zh: "未列入清单", en: "not on the list" },
  unmet: { zh: "未满足", en: "Unmet" },
  sanctions: { zh: "措施", en: "Sanctions and measures" },
  optional: { zh: "可以", en: "optional" },
  procedure: { zh: "程序", en: "Procedure" },
  simpleProcedure: { zh: "可适用简易程序", en: "Simple procedure possible" },
  legalReview: { zh: "须法制审核", en: "Legal review required" },
  hearing: { zh: "告知听证权利", en: "Hearing right" },
  yes: { zh: "是", en: "yes" },
  no: { zh: "否", en: "no" },
  grounds: { zh: "理由", en: "Grounds" },
  discretionary: { zh: "裁量", en: "discretionary" },
  citations: { zh: "条文", en: "Articles cited" },
  trace: { zh: "推理过程", en: "Reasoning trace" },
  traceHint: {
    zh: "逐步展开：每一步读取的事实、结论和依据。",
    en: "Step by step: the facts each step read, its result and the article behind it.",
  },
  reads: { zh: "读取", en: "Reads" },
  ruleSet: { zh: "适用版本", en: "Edition applied" },
  basis: { zh: "法律依据所在地", en: "Basis of" },
  share: { zh: "分享链接", en: "Share link" },
  copied: { zh: "已复制", en: "Copied" },
  copy: { zh: "复制", en: "Copy" },
  compare: { zh: "对比", en: "Compare" },
  compareHint: {
    zh: "同一案件在另一地区或另一基准版本下的结论，不同之处高亮显示。对比版本时不论其施行日期。",
    en: "The same case under another jurisdiction or edition, differences highlighted. A compared edition is applied regardless of its effective dates.",
  },
  compareOn: { zh: "显示对比", en: "Show comparison" },
  compareJurisdictions: { zh: "对比地区", en: "Compare jurisdictions" },
  compareEditions: { zh: "对比版本", en: "Compare editions" },
  oneEdition: { zh: "目前只有一个基准版本。", en: "Only one edition is bundled." },
  sideA: { zh: "本案（A）", en: "This case (A)" },
  sideB: { zh: "对比（B）", en: "Compared (B)" },
  item: { zh: "项目", en: "Item" },
  differences: { zh: "处不同", en: "difference(s)" },
  noDifferences: { zh: "结论相同。", en: "Same outcome." },
  chart: { zh: "罚款幅度图", en: "Fine range chart" },
  chartHint: {
    zh: "其他事实不变，罚款幅度随所选数量事实变化的情况（逐点计算）；虚线为阶次分界。",
    en: "The fine range as one numeric fact varies with every other fact unchanged (evaluated point by point); dashed lines mark tier boundaries.",
  },
  chartFact: { zh: "横轴事实", en: "Fact on the x axis" },
  chartInvalid: { zh: "案件信息有误，无法作图。", en: "The case has errors: nothing to draw." },
  noNumericFact: { zh: "本事项没有数量事实。", en: "This matter has no numeric fact." },
  current: { zh: "本案", en: "this case" },
  noPenaltyBand: { zh: "不予处罚", en: "no penalty" },
  provenance: { zh: "数据来源", en: "Where the numbers come from" },
  provEdition: { zh: "基准版本", en: "Edition" },
  provFormula: { zh: "阶次公式", en: "Tier formula" },
  provBasis: { zh: "法定罚款幅度", en: "Statutory range" },
  provTiers: { zh: "阶次划分", en: "Tier split" },
  provConditions: { zh: "适用情形", en: "Tier conditions" },
  provList: { zh: "首违不罚清单", en: "First-violation list" },
  knownGaps: { zh: "已知缺口", en: "Known gaps" },
  source: { zh: "来源", en: "Source" },
  error: { zh: "错误", en: "Error" },
  skip: { zh: "跳到结论", en: "Skip to the outcome" },
  seeOutcome: { zh: "查看结论", en: "See the outcome" },
  linkTitle: { zh: "分享链接有问题", en: "The shared link has problems" },
  linkRestored: {
    zh: "下面显示的是按上述处理后恢复的案件，请核对后再使用结论。",
    en: "The case below is what could be restored as described; check it before using the outcome.",
  },
  dismiss: { zh: "知道了", en: "Dismiss" },
  loadFailed: {
    zh: "该版基准的数据未能加载，请检查网络后刷新页面。",
    en: "The edition's rule data could not be loaded; check the connection and reload the page.",
  },
  priorsMax: { zh: "此前违法记录最多 {n} 条。", en: "At most {n} prior violations." },
  editionConflict: {
    zh: "所选的{edition}施行期为 {from} 起{to}，行为发生日 {date} 不在其施行期内。依照行政处罚法第三十七条，应当适用违法行为发生时施行的规定。",
    en: "The chosen {edition} is in force from {from}{to}; the act occurred on {date}, outside it. Under Administrative Penalty Law Art. 37 the rules in force when the act occurred apply.",
  },
  editionTo: { zh: "至 {to}", en: " to {to}" },
  fixAuto: { zh: "按行为发生日期选择版本", en: "Choose the edition by the date of the act" },
  fixUse: { zh: "改用{edition}", en: "Use the {edition}" },
  fixAnyDate: { zh: "仍按所选版本试算", en: "Apply the chosen edition anyway" },
  noEditionOnDate: {
    zh: "行为发生日没有施行中的基准版本。",
    en: "No bundled edition is in force on the date of the act.",
  },
  basisHere: { zh: "有本事项法律依据", en: "has a basis for this matter" },
  noBasisMatter: { zh: "本事项无法律依据", en: "no basis for this matter" },
  fixJurisdiction: { zh: "改为{place}", en: "Use {place}" },
  noBasisHint: {
    zh: "所选地区没有本事项的法律依据。",
    en: "The chosen jurisdiction has no legal basis for this matter.",
  },
  compareSame: { zh: "对比的两边相同：已改为{edition}。", en: "Both sides were the same: switched to the {edition}." },
  compareSameA: { zh: "（与本案相同）", en: "(same as A)" },
  print: { zh: "打印裁量说明", en: "Print the statement" },
  printTitle: { zh: "行政处罚裁量说明（试算）", en: "Statement of discretion (trial calculation)" },
  printCase: { zh: "案件概要", en: "The case" },
  printNote: {
    zh: "本说明由裁量试算页面生成，所用基准为模型，非官方文本；仅供参考，须经法定程序审核。",
    en: "Generated by the discretion playground from a modelled benchmark, not an official one; for reference only.",
  },
  none: { zh: "无", en: "none" },
  closeCompare: { zh: "关闭对比", en: "Close the comparison" },
  condHeld: { zh: "成立", en: "held" },
  condNotHeld: { zh: "不成立", en: "did not hold" },
  article: { zh: "依据", en: "Article" },
  provStatute: { zh: "法定罚款幅度已与法规原文逐字核对。", en: "" },
  provFormulaNote: { zh: "阶次按本基准通则的阶次公式划分。", en: "" },
  provPublished: { zh: "取自已公布的文件。", en: "" },
  provModelled: { zh: "本部分为模型，不是官方数字。", en: "" },
} satisfies Record<string, Localized>;

export type StringKey = keyof typeof STRINGS;

/** Interface wording in the current language, with `{name}` placeholders filled in. */
export const t = (key: StringKey, vars: Record<string, string | number> = {}): string =>
  STRINGS[key][current].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

/** A plain or `{ zh, en }` text in the current language; a plain text only where it can be read (English). */
export const text = (v: string | Localized | undefined | null): string | undefined =>
  v === null || v === undefined
    ? undefined
    : typeof v === "string"
      ? current === "en" || !/[A-Za-z]{3}/.test(v)
        ? v
        : undefined
      : v[current];

/** An edition as people name it: `2025 年版基准（2025-07-01 起施行）`. */
export const editionName = (e: { effectiveFrom: string }): string =>
  current === "zh"
    ? `${e.effectiveFrom.slice(0, 4)} 年版基准（${e.effectiveFrom} 起施行）`
    : `${e.effectiveFrom.slice(0, 4)} edition (in force from ${e.effectiveFrom})`;

/** The label of a library code in the current language (one table with the command line: src/i18n/labels.ts). */
export const code = (kind: LabelKind, c: string): string => label(kind, c, current);
