/**
 * Labels of the library's stable codes, in Chinese and English: what a person reads where a program reads the code.
 * One table for every surface (the playground, the command line). Codes the table does not know are shown as they
 * are, so a new code never hides information.
 */
import type { Localized } from "../schema/rules.js";

/** A surface's language: `zh` (Chinese) or `en` (English). */
export type Lang = "zh" | "en";

/** The kinds of code the table labels. */
export type LabelKind =
  | "disposition"
  | "firstViolation"
  | "ground"
  | "sanction"
  | "tierLevel"
  | "harm"
  | "correction"
  | "mentalState"
  | "partyType"
  | "circumstanceKind"
  | "provenance"
  | "traceStep"
  | "traceResult"
  | "issue"
  | "domain";

const L = (zh: string, en: string): Localized => ({ zh, en });

/** Every label, by kind and code. */
export const LABELS: Readonly<Record<LabelKind, Readonly<Record<string, Localized>>>> = {
  disposition: {
    "no-penalty": L("不予行政处罚", "No penalty"),
    "may-waive": L("可以不予行政处罚", "Penalty may be waived"),
    penalty: L("给予行政处罚", "Penalty"),
  },
  firstViolation: {
    shall: L("不予处罚（列入首违不罚清单，条件均满足）", "Shall not be punished (listed, every condition met)"),
    may: L("可以不予处罚（行政处罚法第三十三条第一款）", "May be waived (Administrative Penalty Law Art. 33 ¶1)"),
    no: L("不适用", "Does not apply"),
  },
  ground: {
    "limitation-expired": L("超过追责期限", "Limitation period expired"),
    "under-minimum-age": L("不满十四周岁", "Under fourteen"),
    "mental-incapacity": L(
      "精神病人、智力残疾人在不能辨认或者不能控制自己行为时",
      "Mental incapacity at the time of the act",
    ),
    "no-fault": L("有证据足以证明没有主观过错", "No fault proven"),
    "minor-no-harm": L("违法行为轻微并及时改正，没有造成危害后果", "Minor, corrected in time, no harm"),
    "first-violation-list": L("列入首违不罚清单", "On the first-violation list"),
    "first-violation": L("初次违法且危害后果轻微并及时改正", "First violation, minor harm, corrected in time"),
    "precondition-unmet": L("罚款的前提条件未满足", "A precondition of the fine is unmet"),
    "statutory-penalty": L("法定罚则", "Statutory penalty"),
    "statutory-stage": L(
      "法定罚则中另一档罚款（如拒不改正的）",
      "A further stage of the statutory penalty (e.g. refused to correct)",
    ),
    "minor-age-mitigation": L("已满十四周岁不满十八周岁，应当从轻或者减轻", "Aged 14 to 17: lighter or reduced"),
    "partial-capacity-mitigation": L(
      "尚未完全丧失辨认或者控制能力，可以从轻或者减轻",
      "Partial capacity: may be lighter or reduced",
    ),
    "mitigating-circumstance": L("从轻或者减轻情节", "Mitigating circumstance"),
    "aggravating-circumstance": L("从重情节", "Aggravating circumstance"),
    "reduced-penalty": L("减轻处罚（低于法定最低额）", "Reduced below the statutory minimum"),
    "one-fine-higher-provision": L(
      "同一违法行为不得给予两次以上罚款，按罚款数额高的规定处罚",
      "One fine, under the provision with the higher fine",
    ),
    "local-refinement": L("本地细化的裁量幅度", "Local refinement of the range"),
    "rule-in-force-at-act": L("适用违法行为发生时的规定", "Rules in force when the act occurred"),
    "later-rule-lighter": L("从旧兼从轻：处罚决定时的规定更轻", "Later rules are lighter"),
    "matter-listed-later": L(
      "行为发生时的基准未列出该事项，适用后列出该事项的基准裁量",
      "Matter listed only by a later benchmark, whose discretion applies",
    ),
  },
  sanction: {
    warning: L("警告", "Warning"),
    "confiscate-illegal-gains": L("没收违法所得", "Confiscate illegal gains"),
    "confiscate-items": L("没收非法财物", "Confiscate items"),
    "detain-items": L("暂扣物品", "Detain items"),
    "detain-vehicle": L("暂扣运输工具", "Detain the vehicle"),
    "order-to-stop-work": L("责令停产停业、停工", "Order to stop work"),
    "order-to-stop-construction": L("责令停止建设或者停止违法行为", "Order to stop construction"),
    "revoke-license": L("吊销许可证件", "Revoke the licence"),
    "refer-for-revocation": L("移送有权机关吊销许可证件", "Refer to the licensing body for revocation"),
    "clear-at-offender-cost": L("代为清除，费用由违法行为人承担", "Cleared at the offender's cost"),
    demolish: L("限期拆除", "Demolish"),
    restore: L("恢复原状", "Restore"),
    other: L("其他措施", "Other measure"),
    "order-to-correct": L("责令改正", "Order to correct"),
    educate: L("对当事人进行教育", "Educate the party"),
    "guardian-discipline": L("责令监护人加以管教", "Guardian to discipline the minor"),
    "guardian-care": L("责令监护人严加看管和治疗", "Guardian to supervise and treat"),
  },
  tierLevel: {
    reduced: L("减轻", "Reduced"),
    lighter: L("从轻", "Lighter"),
    general: L("一般", "General"),
    heavier: L("从重", "Heavier"),
  },
  harm: {
    none: L("没有造成危害后果", "None"),
    minor: L("危害后果轻微", "Minor"),
    moderate: L("造成一定危害后果", "Moderate"),
    serious: L("危害后果严重", "Serious"),
  },
  correction: {
    "in-time": L("及时改正", "Corrected in time"),
    late: L("逾期改正", "Corrected late"),
    refused: L("拒不改正", "Refused to correct"),
    "not-ordered": L("未责令改正", "Not ordered to correct"),
  },
  mentalState: {
    sound: L("精神正常", "Sound"),
    incapable: L("不能辨认或者不能控制自己行为", "Unable to recognise or control own conduct"),
    "intermittent-lucid": L("间歇性精神病人在精神正常时", "Intermittent, acting while lucid"),
    "partially-incapable": L("尚未完全丧失辨认或者控制自己行为能力", "Partially unable"),
  },
  partyType: {
    individual: L("个人", "Individual"),
    unit: L("单位", "Unit"),
  },
  circumstanceKind: {
    mitigating: L("从轻", "mitigating"),
    "mitigating-or-reducing": L("从轻或者减轻", "mitigating or reducing"),
    aggravating: L("从重", "aggravating"),
    exempting: L("不予处罚", "exempting"),
  },
  provenance: {
    statute: L("法定", "statute"),
    formula: L("公式", "formula"),
    published: L("已公布", "published"),
    modelled: L("模型", "modelled"),
  },
  traceStep: {
    edition: L("适用哪一版基准", "Edition"),
    "legal-basis": L("法律依据", "Legal basis"),
    "tier-by-facts": L("按违法事实确定阶次", "Tier by the facts"),
    limitation: L("追责期限", "Limitation period"),
    "minor-age": L("未满十四周岁", "Under fourteen"),
    "mental-state": L("精神状态", "Mental state"),
    "no-fault": L("没有主观过错", "No fault"),
    "minor-no-harm": L("轻微并及时改正，没有危害后果", "Minor, corrected, no harm"),
    "first-violation-list": L("首违不罚清单", "First-violation list"),
    preconditions: L("罚款的前提条件", "Preconditions of the fine"),
    "statutory-stage": L("法定罚则的档次", "Stage of the statutory penalty"),
    "factor-score": L("裁量百分比", "Discretion percentage"),
    confiscation: L("没收违法所得", "Confiscation of illegal gains"),
    adjustment: L("情节对阶次的调整", "Adjustment by circumstances"),
    "local-refinement": L("本地细化", "Local refinement"),
    "first-violation": L("首次违法可以不罚", "First violation"),
    procedure: L("程序", "Procedure"),
    "one-act-several-provisions": L("一个违法行为违反多个规定", "One act, several provisions"),
  },
  traceResult: {
    applied: L("成立", "applied"),
    "not-applied": L("不成立", "not applied"),
    info: L("说明", "info"),
  },
  issue: {
    "invalid-rule-file": L("规则文件格式有误", "Invalid rule file"),
    "duplicate-id": L("编号重复", "Duplicate id"),
    "unknown-fact": L("未知的违法事实", "Unknown fact"),
    "unknown-circumstance": L("未知的情节", "Unknown circumstance"),
    "unknown-jurisdiction": L("未知的地区", "Unknown jurisdiction"),
    "invalid-condition": L("条件写法有误", "Invalid condition"),
    "missing-statutory-penalty": L("缺少法定罚则", "Missing statutory penalty"),
    "tier-outside-statute": L("阶次超出法定幅度", "Tier outside the statutory range"),
    "tier-order": L("阶次顺序有误", "Tier order"),
    "tier-overlap": L("阶次重叠", "Tiers overlap"),
    "tier-gap": L("阶次有空档", "Gap between tiers"),
    "tier-check-too-large": L("阶次检查规模过大", "Tier check too large"),
    "citation-mismatch": L("引用条文与法规原文不符", "Citation does not match the law text"),
    "overlay-outside-parent": L("本地细化超出上级幅度", "Overlay outside its parent"),
    competence: L("罚则所定执法部门与本基准不符", "The penalty article names another agency"),
    "not-a-regular-file": L("不是普通文件（链接、管道或设备）", "Not a regular file"),
    "file-too-large": L("文件过大", "File too large"),
    "directory-too-large": L("目录过大", "Directory too large"),
    "too-deep": L("嵌套过深", "Nested too deep"),
    "too-large": L("内容过多", "Too large"),
    "invalid-case": L("案件信息有误", "Invalid case"),
    "unknown-matter": L("未知的违法事项", "Unknown matter"),
    "missing-fact": L("缺少违法事实", "Missing fact"),
    "invalid-fact": L("违法事实有误", "Invalid fact"),
    "date-order": L("日期先后有误", "Dates out of order"),
    "no-legal-basis": L("本地区没有该事项的法律依据", "No legal basis here"),
    "party-not-liable": L("该类当事人不适用本事项", "Party type not liable"),
    "edition-not-in-force": L("该版基准在行为发生时未施行", "Edition not in force"),
    "act-before-law": L("违法行为发生时尚无处罚规定，不得处罚", "No law punished the act when it occurred"),
    "outside-competence": L("不属于本执法部门管辖，应当移送", "Outside this agency's competence: refer the case"),
    "invalid-usage": L("用法有误", "Invalid usage"),
    "invalid-json": L("JSON 格式有误", "Invalid JSON"),
    "input-too-large": L("输入过大", "Input too large"),
    "too-many-issues": L("问题过多，其余从略", "Too many issues; the rest are counted"),
    "line-too-large": L("该行过长", "Line too large"),
    "invalid-decision": L("处罚决定信息有误", "Invalid decision"),
    "invalid-record": L("案卷记录有误", "Invalid case-file record"),
  },
  domain: {
    cityscape: L("市容环境卫生", "City appearance"),
    ecology: L("生态环保", "Ecology"),
  },
};

/**
 * The label of a code in a language; the code itself when the table has none.
 *
 * @example
 * ```ts
 * label("disposition", "may-waive", "zh"); // "可以不予行政处罚"
 * ```
 */
export function label(kind: LabelKind, code: string, lang: Lang): string {
  const entry = Object.hasOwn(LABELS[kind], code) ? LABELS[kind][code] : undefined;
  return entry ? entry[lang] : code;
}

/** Whether the table has a label for a code. */
export function hasLabel(kind: LabelKind, code: string): boolean {
  return Object.hasOwn(LABELS[kind], code);
}

/**
 * A trace note or other text that is either one English string (older outcomes) or `{ zh, en }`: the text in the
 * language when there is one, else `undefined` for a plain string read in Chinese (the caller then words it itself).
 */
export function noteText(note: string | Localized | null | undefined, lang: Lang): string | undefined {
  if (note === null || note === undefined) return undefined;
  if (typeof note === "string") return lang === "en" ? note : undefined;
  return note[lang];
}

/** The language a process's environment asks for: Chinese when `LC_ALL`, `LC_MESSAGES` or `LANG` starts with `zh`. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^zh/i.test(value) ? "zh" : "en";
}
