/** Interface wording in Chinese and English. Rule data carries its own `{ zh, en }` labels. */
import type { Localized } from "../../src/index.js";

export type Lang = "zh" | "en";

let current: Lang = "zh";

export const setLang = (lang: Lang): void => {
  current = lang;
};
export const lang = (): Lang => current;

/** The label of a rule-data string in the current language. */
export const loc = (l: Localized | undefined | null): string => (l ? l[current] : "");

const STRINGS = {
  title: { zh: "裁量试算", en: "Discretion playground" },
  subtitle: { zh: "填写案件事实，查看裁量阶次、罚款幅度、首违不罚结论及其依据。", en: "Fill in the facts of a case; see the tier, the fine range, the first-violation verdict and the articles behind them." },
  docs: { zh: "文档", en: "Docs" },
  switchLang: { zh: "English", en: "中文" },
  honestyTitle: { zh: "模型基准，非官方文本", en: "A modelled benchmark, not an official one" },
  honesty: {
    zh: "未找到官方统一的城管裁量阶次金额表。本页使用的基准以真实法规和公开通则为基础建模：法定罚款幅度逐字核对法规原文，阶次划分和适用情形除另有来源外均为模型。每一部分的来源见页面下方“数据来源”。请勿将模型数字当作官方裁量基准。",
    en: "No official unified city-management tier table with amounts has been found. The benchmark used here is modelled on real statutes and real published general rules: statutory ranges are checked verbatim against the law texts; tier splits and tier conditions are modelled unless a source is named. Each part's provenance is listed under “Where the numbers come from”. Do not present modelled numbers as an official benchmark.",
  },
  caseSection: { zh: "案件", en: "Case" },
  edition: { zh: "基准版本", en: "Edition" },
  editionAuto: { zh: "按行为发生日期选择（行政处罚法第三十七条）", en: "By the date of the act (Administrative Penalty Law Art. 37)" },
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
  traceHint: { zh: "逐步展开：每一步读取的事实、结论和依据。", en: "Step by step: the facts each step read, its result and the article behind it." },
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
} satisfies Record<string, Localized>;

export type StringKey = keyof typeof STRINGS;

/** Interface wording in the current language. */
export const t = (key: StringKey): string => STRINGS[key][current];

/** Labels of the library's codes, in both languages. */
export const CODES: Record<string, Localized> = {
  // dispositions
  "no-penalty": { zh: "不予行政处罚", en: "No penalty" },
  "may-waive": { zh: "可以不予行政处罚", en: "Penalty may be waived" },
  penalty: { zh: "给予行政处罚", en: "Penalty" },
  // first-violation verdicts
  shall: { zh: "不予处罚（清单承诺）", en: "Shall not be punished (listed)" },
  may: { zh: "可以不予处罚", en: "May be waived" },
  no: { zh: "不适用", en: "Does not apply" },
  // harm and correction
  none: { zh: "没有造成危害后果", en: "None" },
  minor: { zh: "危害后果轻微", en: "Minor" },
  moderate: { zh: "造成一定危害后果", en: "Moderate" },
  serious: { zh: "危害后果严重", en: "Serious" },
  "in-time": { zh: "及时改正", en: "Corrected in time" },
  late: { zh: "逾期改正", en: "Corrected late" },
  refused: { zh: "拒不改正", en: "Refused to correct" },
  "not-ordered": { zh: "未责令改正", en: "Not ordered to correct" },
  // mental states (行政处罚法第三十一条)
  sound: { zh: "精神正常", en: "Sound" },
  incapable: { zh: "不能辨认或者不能控制自己行为", en: "Unable to recognise or control own conduct" },
  "intermittent-lucid": { zh: "间歇性精神病人在精神正常时", en: "Intermittent, acting while lucid" },
  "partially-incapable": { zh: "尚未完全丧失辨认或者控制能力", en: "Partially unable" },
  // circumstance kinds
  mitigating: { zh: "从轻", en: "mitigating" },
  "mitigating-or-reducing": { zh: "从轻或者减轻", en: "mitigating or reducing" },
  aggravating: { zh: "从重", en: "aggravating" },
  exempting: { zh: "不予处罚", en: "exempting" },
  // provenance
  statute: { zh: "法定", en: "statute" },
  formula: { zh: "公式", en: "formula" },
  published: { zh: "已公布", en: "published" },
  modelled: { zh: "模型", en: "modelled" },
  // grounds
  "limitation-expired": { zh: "超过追责期限", en: "Limitation period expired" },
  "under-minimum-age": { zh: "不满十四周岁", en: "Under fourteen" },
  "mental-incapacity": { zh: "精神病人不能辨认或控制行为", en: "Mental incapacity" },
  "no-fault": { zh: "没有主观过错", en: "No fault" },
  "minor-no-harm": { zh: "轻微并及时改正，没有危害后果", en: "Minor, corrected in time, no harm" },
  "first-violation-list": { zh: "首违不罚清单", en: "First-violation list" },
  "first-violation": { zh: "初次违法、危害轻微并及时改正", en: "First violation, minor harm, corrected in time" },
  "precondition-unmet": { zh: "罚款前提条件未满足", en: "Precondition of the fine unmet" },
  "statutory-penalty": { zh: "法定罚则", en: "Statutory penalty" },
  "minor-age-mitigation": { zh: "已满十四周岁不满十八周岁", en: "Aged 14 to 17" },
  "partial-capacity-mitigation": { zh: "尚未完全丧失辨认或控制能力", en: "Partial capacity" },
  "mitigating-circumstance": { zh: "从轻或减轻情节", en: "Mitigating circumstance" },
  "aggravating-circumstance": { zh: "从重情节", en: "Aggravating circumstance" },
  "reduced-penalty": { zh: "减轻处罚", en: "Reduced penalty" },
  "one-fine-higher-provision": { zh: "一事不二罚，按罚款数额高的规定", en: "One fine, under the higher provision" },
  "local-refinement": { zh: "本地细化", en: "Local refinement" },
  "rule-in-force-at-act": { zh: "适用行为时的规定", en: "Rules in force at the act" },
  "later-rule-lighter": { zh: "从旧兼从轻", en: "Later rules are lighter" },
  // trace steps
  edition: { zh: "适用版本", en: "Edition" },
  "legal-basis": { zh: "法律依据", en: "Legal basis" },
  "tier-by-facts": { zh: "按事实确定阶次", en: "Tier by facts" },
  limitation: { zh: "追责期限", en: "Limitation" },
  "minor-age": { zh: "未成年人", en: "Minor age" },
  "mental-state": { zh: "精神状态", en: "Mental state" },
  "first-violation-list-step": { zh: "首违不罚清单", en: "First-violation list" },
  preconditions: { zh: "罚款前提", en: "Preconditions" },
  adjustment: { zh: "情节调整", en: "Adjustment" },
  procedure: { zh: "程序", en: "Procedure" },
  "one-act-several-provisions": { zh: "一个违法行为违反多个规定", en: "One act, several provisions" },
  applied: { zh: "适用", en: "applied" },
  "not-applied": { zh: "不适用", en: "not applied" },
  info: { zh: "说明", en: "info" },
};

/** The label of a library code in the current language, or the code itself. */
export const code = (c: string): string => CODES[c]?.[current] ?? c;
