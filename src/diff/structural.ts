/**
 * Structural diff of two rule sets: what changed in the text of the benchmark, by stable id (matter id, jurisdiction,
 * party, tier id, circumstance id, general-rule key), with the edition's stated reason where it gives one.
 */
import type { RuleSet } from "../load/index.js";
import type { Citation, Condition, Localized, MatterFile, Tier } from "../schema/rules.js";
import { tierBand } from "../law/bands.js";
import { isStaticFine, statutoryInterval } from "../law/fine.js";
import { Dec, formatAmount } from "../money/index.js";

/** What part of the benchmark a change concerns. */
export type ChangeArea =
  | "edition"
  | "general-rule"
  | "matter"
  | "fact"
  | "basis"
  | "citation"
  | "statutory"
  | "tier"
  | "tier-condition"
  | "tier-range"
  | "list"
  | "overlay";

/** One difference between two rule sets. */
export interface Change {
  /** `added`, `removed` or `changed`. */
  kind: "added" | "removed" | "changed";
  /** What part of the benchmark changed. */
  area: ChangeArea;
  /** The matter it concerns, if any. */
  matter?: string;
  /** Stable reference: e.g. `cityscape.littering#tiers/general`, `generalRules.adjustment`. */
  ref: string;
  /** The change in words. */
  description: string;
  /** The value in edition `from`, if it had one. */
  before?: unknown;
  /** The value in edition `to`, if it has one. */
  after?: unknown;
  /** The newer edition's stated reason for the change, when it gives one. */
  reason?: Localized;
  /** The provenance status of the stated reason (`published`, `modelled` …). */
  reasonStatus?: string;
}

/** Every structural difference from edition `from` to edition `to`. */
export interface StructuralDiff {
  /** The older edition id. */
  from: string;
  /** The newer edition id. */
  to: string;
  /** Every difference, matter by matter. */
  changes: Change[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const OP: Record<string, string> = {
  equal: "=",
  notEqual: "≠",
  lessThan: "<",
  lessThanInclusive: "≤",
  greaterThan: ">",
  greaterThanInclusive: "≥",
  in: "∈",
  notIn: "∉",
  contains: "includes",
  doesNotContain: "excludes",
};

/** A condition in words: `location = key-area and priorCount ≥ 1`. */
export function conditionText(c: Condition | undefined): string {
  if (!c) return "always";
  if ("all" in c) return c.all.map((x) => ("any" in x ? `(${conditionText(x)})` : conditionText(x))).join(" and ");
  if ("any" in c) return c.any.map((x) => ("all" in x ? `(${conditionText(x)})` : conditionText(x))).join(" or ");
  if ("not" in c) return `not (${conditionText(c.not)})`;
  const v = Array.isArray(c.value) ? `{${c.value.join(", ")}}` : String(c.value);
  return `${c.fact} ${OP[c.operator] ?? c.operator} ${v}`;
}

const citeText = (c: Citation) => `${c.law} ${c.article}`;

function diffCitations(out: Change[], matter: string, jid: string, role: string, a: Citation[], b: Citation[]): void {
  const key = (c: Citation) => `${c.law}|${c.article}|${c.text}`;
  const byArticle = (list: Citation[], c: Citation) => list.filter((x) => x.law === c.law && x.article === c.article);
  for (const c of b) {
    if (a.some((x) => key(x) === key(c))) continue;
    const was = byArticle(a, c).filter((x) => !b.some((y) => key(y) === key(x)));
    if (was.length > 0) {
      out.push({
        kind: "changed",
        area: "citation",
        matter,
        ref: `${matter}#bases/${jid}/${role}/${citeText(c)}`,
        description: `${jid} ${role} citation ${citeText(c)} reworded`,
        before: was[0]!.text,
        after: c.text,
      });
    } else {
      out.push({
        kind: "added",
        area: "citation",
        matter,
        ref: `${matter}#bases/${jid}/${role}/${citeText(c)}`,
        description: `${jid} ${role} cites ${citeText(c)}`,
        after: c.text,
      });
    }
  }
  for (const c of a) {
    if (b.some((x) => key(x) === key(c)) || byArticle(b, c).length > 0) continue;
    out.push({
      kind: "removed",
      area: "citation",
      matter,
      ref: `${matter}#bases/${jid}/${role}/${citeText(c)}`,
      description: `${jid} ${role} no longer cites ${citeText(c)}`,
      before: c.text,
    });
  }
}

function bandText(
  rs: RuleSet,
  m: MatterFile,
  tier: Tier,
  jid: string,
  party: "individual" | "unit",
): string | undefined {
  const fine = m.bases[jid]?.statutory[party]?.fine;
  if (!fine || !isStaticFine(fine)) return undefined;
  const band = tierBand(
    rs.edition,
    tier,
    tier.level,
    fine,
    statutoryInterval(fine, {}),
    jid,
    party,
    new Dec(rs.edition.generalRules.rounding.unit),
  );
  return band ? `${formatAmount(band.min)}–${formatAmount(band.max)} 元` : "none";
}

function diffMatter(out: Change[], ra: RuleSet, rb: RuleSet, a: MatterFile, b: MatterFile): void {
  const id = a.id;
  for (const key of ["name", "domain", "category", "parties", "safetyRelevant", "minor"] as const) {
    if (!same(a[key], b[key]))
      out.push({
        kind: "changed",
        area: "matter",
        matter: id,
        ref: `${id}#${key}`,
        description: `${key} changed`,
        before: a[key],
        after: b[key],
      });
  }
  for (const f of new Set([...Object.keys(a.facts), ...Object.keys(b.facts)])) {
    const fa = a.facts[f];
    const fb = b.facts[f];
    if (!fa)
      out.push({
        kind: "added",
        area: "fact",
        matter: id,
        ref: `${id}#facts/${f}`,
        description: `new fact ${f} (${fb!.label.en})`,
        after: fb,
      });
    else if (!fb)
      out.push({
        kind: "removed",
        area: "fact",
        matter: id,
        ref: `${id}#facts/${f}`,
        description: `fact ${f} removed`,
        before: fa,
      });
    else if (!same(fa, fb))
      out.push({
        kind: "changed",
        area: "fact",
        matter: id,
        ref: `${id}#facts/${f}`,
        description: `fact ${f} redefined`,
        before: fa,
        after: fb,
      });
  }
  for (const j of new Set([...Object.keys(a.bases), ...Object.keys(b.bases)])) {
    const ba = a.bases[j];
    const bb = b.bases[j];
    if (!ba) {
      out.push({
        kind: "added",
        area: "basis",
        matter: id,
        ref: `${id}#bases/${j}`,
        description: `legal basis added for ${j}`,
        after: bb!.penalty.map(citeText),
      });
      continue;
    }
    if (!bb) {
      out.push({
        kind: "removed",
        area: "basis",
        matter: id,
        ref: `${id}#bases/${j}`,
        description: `legal basis removed for ${j}`,
        before: ba.penalty.map(citeText),
      });
      continue;
    }
    diffCitations(out, id, j, "prohibition", ba.prohibition, bb.prohibition);
    diffCitations(out, id, j, "penalty", ba.penalty, bb.penalty);
    for (const p of ["individual", "unit"] as const) {
      const sa = ba.statutory[p];
      const sb = bb.statutory[p];
      if (!same(sa, sb)) {
        out.push({
          kind: !sa ? "added" : !sb ? "removed" : "changed",
          area: "statutory",
          matter: id,
          ref: `${id}#bases/${j}/statutory/${p}`,
          description: `${j} statutory penalty for ${p} parties ${!sa ? "added" : !sb ? "removed" : "changed"}`,
          before: sa,
          after: sb,
        });
      }
    }
  }
  const tiersA = new Map(a.tiers.map((t) => [t.id, t]));
  const tiersB = new Map(b.tiers.map((t) => [t.id, t]));
  for (const t of new Set([...tiersA.keys(), ...tiersB.keys()])) {
    const ta = tiersA.get(t);
    const tb = tiersB.get(t);
    if (!ta) {
      out.push({
        kind: "added",
        area: "tier",
        matter: id,
        ref: `${id}#tiers/${t}`,
        description: `tier ${t} added: ${conditionText(tb!.when)}`,
        after: tb,
      });
      continue;
    }
    if (!tb) {
      out.push({
        kind: "removed",
        area: "tier",
        matter: id,
        ref: `${id}#tiers/${t}`,
        description: `tier ${t} removed`,
        before: ta,
      });
      continue;
    }
    if (!same(ta.when, tb.when)) {
      out.push({
        kind: "changed",
        area: "tier-condition",
        matter: id,
        ref: `${id}#tiers/${t}/when`,
        description: `tier ${t} applies when ${conditionText(tb.when)} (was: ${conditionText(ta.when)})`,
        before: conditionText(ta.when),
        after: conditionText(tb.when),
      });
    }
    if (!same([ta.level, ta.label], [tb.level, tb.label])) {
      out.push({
        kind: "changed",
        area: "tier",
        matter: id,
        ref: `${id}#tiers/${t}/level`,
        description: `tier ${t} level or label changed`,
        before: [ta.level, ta.label],
        after: [tb.level, tb.label],
      });
    }
    // Ranges: written settings and the amounts they give for every fixed statutory range.
    for (const j of Object.keys(b.bases)) {
      if (!a.bases[j]) continue;
      for (const p of b.parties) {
        const before = bandText(ra, a, ta, j, p);
        const after = bandText(rb, b, tb, j, p);
        if (before !== undefined && after !== undefined && before !== after) {
          // Unchanged written settings: the amounts moved because the edition's tier formula changed.
          const written = same([ta.band, ta.amounts?.[j]?.[p]], [tb.band, tb.amounts?.[j]?.[p]]);
          const statute = same(a.bases[j]!.statutory[p], b.bases[j]!.statutory[p]);
          const cause = !written
            ? ""
            : !statute
              ? " (the statutory penalty changed)"
              : " (by the edition's tier formula)";
          out.push({
            kind: "changed",
            area: "tier-range",
            matter: id,
            ref: !written
              ? `${id}#tiers/${t}/range/${j}/${p}`
              : !statute
                ? `${id}#bases/${j}/statutory/${p}/tiers/${t}`
                : `generalRules.tierFormula#${id}/tiers/${t}/${j}/${p}`,
            description: `tier ${t}, ${j}, ${p}: ${before} → ${after}${cause}`,
            before,
            after,
          });
        }
      }
    }
    if (
      !same([ta.band, ta.amounts], [tb.band, tb.amounts]) &&
      !out.some((c) => c.matter === id && c.ref.includes(`tiers/${t}/`) && c.area === "tier-range")
    ) {
      out.push({
        kind: "changed",
        area: "tier-range",
        matter: id,
        ref: `${id}#tiers/${t}/band`,
        description: `tier ${t} band or amounts changed`,
        before: [ta.band, ta.amounts],
        after: [tb.band, tb.amounts],
      });
    }
  }
  if (!same(a.firstViolation, b.firstViolation)) {
    const la = a.firstViolation?.listed === true;
    const lb = b.firstViolation?.listed === true;
    out.push({
      kind: !la && lb ? "added" : la && !lb ? "removed" : "changed",
      area: "list",
      matter: id,
      ref: `${id}#firstViolation`,
      description:
        !la && lb
          ? "added to the 首违不罚 list"
          : la && !lb
            ? "removed from the 首违不罚 list"
            : "首违不罚 list entry changed",
      before: a.firstViolation,
      after: b.firstViolation,
    });
  }
}

/**
 * The structural differences from rule set `a` to rule set `b`: matters added and removed; per matter each changed
 * citation, statutory penalty, tier condition, tier range (including ranges that move because the tier formula
 * changed), list entry; general rules; overlays. Each change carries `b`'s stated reason when it gives one.
 *
 * @example
 * ```ts
 * const d = diff(loadRuleSet(yrd2023), loadRuleSet(yrd2025));
 * d.changes.filter((c) => c.area === "tier-condition");
 * ```
 */
export function diff(a: RuleSet, b: RuleSet): StructuralDiff {
  const out: Change[] = [];
  const ea = a.edition;
  const eb = b.edition;
  for (const key of [
    "effectiveFrom",
    "effectiveTo",
    "title",
    "documentNumber",
    "jurisdictions",
    "knownGaps",
  ] as const) {
    if (!same(ea[key], eb[key]))
      out.push({
        kind: "changed",
        area: "edition",
        ref: `edition.${key}`,
        description: `${key} changed`,
        before: ea[key],
        after: eb[key],
      });
  }
  const ga = ea.generalRules as Record<string, unknown>;
  const gb = eb.generalRules as Record<string, unknown>;
  for (const key of new Set([...Object.keys(ga), ...Object.keys(gb)])) {
    if (key === "circumstances") continue;
    if (!same(ga[key], gb[key]))
      out.push({
        kind: "changed",
        area: "general-rule",
        ref: `generalRules.${key}`,
        description: `general rule ${key} changed`,
        before: ga[key],
        after: gb[key],
      });
  }
  const ca = new Map(ea.generalRules.circumstances.map((c) => [c.id, c]));
  const cb = new Map(eb.generalRules.circumstances.map((c) => [c.id, c]));
  for (const id of new Set([...ca.keys(), ...cb.keys()])) {
    const x = ca.get(id);
    const y = cb.get(id);
    if (!same(x, y)) {
      out.push({
        kind: !x ? "added" : !y ? "removed" : "changed",
        area: "general-rule",
        ref: `generalRules.circumstances/${id}`,
        description: `circumstance ${id} ${!x ? "added" : !y ? "removed" : "changed"}`,
        before: x,
        after: y,
      });
    }
  }
  const ma = new Map(a.matters.map((m) => [m.id, m]));
  const mb = new Map(b.matters.map((m) => [m.id, m]));
  for (const id of [...new Set([...ma.keys(), ...mb.keys()])].sort()) {
    const x = ma.get(id);
    const y = mb.get(id);
    if (!x)
      out.push({
        kind: "added",
        area: "matter",
        matter: id,
        ref: id,
        description: `matter added: ${y!.name.zh}`,
        after: Object.keys(y!.bases),
      });
    else if (!y)
      out.push({
        kind: "removed",
        area: "matter",
        matter: id,
        ref: id,
        description: `matter removed: ${x.name.zh}`,
        before: Object.keys(x.bases),
      });
    else diffMatter(out, a, b, x, y);
  }
  const oa = new Map(a.overlays.map((o) => [o.jurisdiction, o]));
  const ob = new Map(b.overlays.map((o) => [o.jurisdiction, o]));
  for (const j of new Set([...oa.keys(), ...ob.keys()])) {
    const x = oa.get(j);
    const y = ob.get(j);
    if (!same(x, y)) {
      out.push({
        kind: !x ? "added" : !y ? "removed" : "changed",
        area: "overlay",
        ref: `overlays/${j.replace(/\//g, "-")}`,
        description: `overlay for ${j} ${!x ? "added" : !y ? "removed" : "changed"}`,
        before: x?.matters,
        after: y?.matters,
      });
    }
  }
  const notes = eb.changes ?? [];
  for (const c of out) {
    const note = notes.find(
      (n) =>
        c.ref === n.ref ||
        c.ref.startsWith(n.ref + "#") ||
        c.ref.startsWith(n.ref + "/") ||
        c.ref.startsWith(n.ref + "."),
    );
    if (note) {
      c.reason = note.reason;
      c.reasonStatus = note.provenance.status;
    }
  }
  return { from: ea.id, to: eb.id, changes: out };
}
