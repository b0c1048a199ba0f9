/**
 * Credit consequences (信用后果) under the outcome: what the decision would mean for the party's credit record, under
 * the bundled credit policy of the outcome's edition, for the decision the case most likely leads to (the assumptions
 * are shown). Modelled parts are marked as such.
 */
// The engine's modules, not the package index: the page's first render must not reach the zod schemas it re-exports.
import { assumedDecision, safeCredit } from "../../src/credit/index.js";
import type { Localized, Outcome } from "../../src/index.js";
import { loadedEditions } from "./editions.js";
import { h } from "./dom.js";
import { loc } from "./i18n.js";
import { lawName } from "./outcome.js";
import type { CaseDraft } from "./state.js";

const L = (zh: string, en: string): Localized => ({ zh, en });

const S = {
  title: L("信用后果（假定决定）", "Credit consequences (assumed decision)"),
  recordable: L("记入信用档案", "Recorded on the credit file"),
  yes: L("是", "yes"),
  no: L("否", "no"),
  unknown: L("未知（无该地信用条例）", "unknown (no credit statute for this jurisdiction)"),
  level: L("信用等级", "Credit level"),
  modelled: L("模型", "modelled"),
  publicity: L("公示期限", "Publicity"),
  publicityText: L(
    "自 {from} 起，最短至 {min}，最长至 {max}",
    "from {from}; at least until {min}, at most until {max}",
  ),
  repair: L("信用修复", "Repair"),
  repairFrom: L("最早 {date} 起可申请", "may be applied for from {date}"),
  repairNo: L("不适用", "not available"),
  objection: L("异议处理（工作日）", "Objection (working days)"),
  objectionText: L("标注 {mark}；处理 {decide}", "mark {mark}; decide {decide}"),
  none: L("—", "—"),
  assumptions: L("假定", "Assumed"),
  reasons: L("理由", "Reasons"),
  note: L(
    "信用等级、适用条件和毗邻区域名单为模型（《长三角毗邻区域信用联合惩戒实施意见》原文未找到）；工作日仅扣除周末。",
    "Credit levels, their conditions and the adjacent-area list are modelled (the adjacent-area credit opinion's text was not found); working days skip weekends only.",
  ),
};
const fill = (l: Localized, values: Record<string, string>): string =>
  loc(l).replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? "");

/** The credit block for an outcome, or null when it cannot be computed. */
export function creditSection(draft: CaseDraft, outcome: Outcome): HTMLElement | null {
  // The credit policies of the loaded editions (validated when the site was built); the outcome's is among them.
  const policies = loadedEditions().flatMap((e) => e.credit ?? []);
  if (policies.length === 0) return null;
  const { decision, assumptions } = assumedDecision(draft, outcome);
  const result = safeCredit(policies, outcome, decision);
  if (!result.ok) return null;
  const r = result.result;
  const modelled = h("span", { class: "status status-modelled" }, loc(S.modelled));
  return h(
    "section",
    {
      class: "block credit",
      "data-testid": "credit",
      "data-recordable": String(r.recordable),
      "data-level": r.level?.id ?? "",
    },
    h("h3", {}, loc(S.title)),
    h(
      "dl",
      { class: "summary" },
      h("dt", {}, loc(S.recordable)),
      h("dd", {}, loc(r.recordable === null ? S.unknown : r.recordable ? S.yes : S.no)),
      r.level
        ? [
            h("dt", {}, loc(S.level)),
            h("dd", {}, loc(r.level.label), r.level.status === "modelled" ? [" ", modelled] : null),
          ]
        : null,
      r.publicity
        ? [
            h("dt", {}, loc(S.publicity)),
            h(
              "dd",
              {
                "data-testid": "credit-publicity",
                "data-from": r.publicity.from,
                "data-earliest-end": r.publicity.earliestEnd,
                "data-latest-end": r.publicity.latestEnd,
              },
              fill(S.publicityText, {
                from: r.publicity.from,
                min: r.publicity.earliestEnd,
                max: r.publicity.latestEnd,
              }),
            ),
          ]
        : null,
      r.repair
        ? [
            h("dt", {}, loc(S.repair)),
            h(
              "dd",
              {},
              r.repair.available && r.repair.earliestOn
                ? fill(S.repairFrom, { date: r.repair.earliestOn })
                : loc(S.repairNo),
            ),
          ]
        : null,
      r.objection
        ? [
            h("dt", {}, loc(S.objection)),
            h(
              "dd",
              {},
              fill(S.objectionText, {
                mark: r.objection.markWithin === null ? loc(S.none) : String(r.objection.markWithin),
                decide: String(r.objection.decideWithin),
              }),
            ),
          ]
        : null,
    ),
    h("p", { class: "muted" }, `${loc(S.assumptions)}：`, assumptions.map(loc).join("；")),
    h(
      "ul",
      { "data-testid": "credit-reasons" },
      r.reasons.map((x) =>
        h(
          "li",
          { "data-code": x.code },
          loc(x.message),
          x.status === "modelled" ? [" ", h("span", { class: "status status-modelled" }, loc(S.modelled))] : null,
          x.citation ? h("span", { class: "muted" }, ` — ${lawName(x.citation)}`) : null,
        ),
      ),
    ),
    h("p", { class: "muted" }, loc(S.note)),
  );
}
