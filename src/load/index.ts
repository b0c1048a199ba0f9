/**
 * Loading: unknown JSON → a validated rule set. Every problem is collected (file, JSON pointer, matter id, what
 * was expected) before anything is rejected.
 */
import type { z } from "zod";
import { CailiangError, RuleSetError, toPointer, type Issue, type IssueCode } from "../errors/index.js";
import {
  EditionFile,
  MatterFile,
  OverlayFile,
  type Citation,
  type Condition,
  type StatutoryPenalty,
  type Tier,
} from "../schema/rules.js";
import { isOperator, leaves } from "../law/condition.js";
import { formulaTable, isStaticFine, statutoryInterval, writtenBounds } from "../law/fine.js";
import { Dec, parseRatio, type Interval } from "../money/index.js";
import { checkCitation, parseLaw, type Article } from "../laws/verify.js";
import { domainsFor, SYSTEM_FACTS, type FactDomain } from "./domains.js";
import { checkPartition } from "./partition.js";
import { tierBand } from "../law/bands.js";
import { checkRuleSetLimits } from "./limits.js";
import type { CarriesTypes, EditionTypes, TypesCarried } from "../schema/typed.js";

/**
 * A validated rule set: one edition with its matters. Deeply frozen. `E` is the edition's types when known at
 * compile time (a bundled edition), else the general {@link EditionTypes}.
 */
export interface RuleSet<E extends EditionTypes = EditionTypes> extends CarriesTypes<E> {
  /** The edition file: header and general rules. */
  readonly edition: EditionFile;
  /** The matters, in file-name order. */
  readonly matters: readonly MatterFile[];
  /** Jurisdiction overlays refining a parent's tiers (e.g. 青浦 within Shanghai's benchmark). */
  readonly overlays: readonly OverlayFile[];
  /** Where each part came from, for messages: the edition file and one path per matter and overlay. */
  readonly files: {
    /** The edition file's path. */
    readonly edition: string;
    /** One path per matter, in the order of `matters`. */
    readonly matters: readonly string[];
    /** One path per overlay, in the order of `overlays`. */
    readonly overlays: readonly string[];
  };
}

/**
 * Raw rule files as parsed JSON, with optional file paths for messages. `E` is the edition's types when known at
 * compile time (the bundled editions in `cailiang/rules`), else the general {@link EditionTypes}.
 */
export interface RuleSetSource<E extends EditionTypes = EditionTypes> extends CarriesTypes<E> {
  /** The parsed `edition.json`. */
  edition: unknown;
  /** The parsed matter files. */
  matters: readonly unknown[];
  /** The parsed overlay files, if any. */
  overlays?: readonly unknown[];
  /** File paths for messages; the defaults are `edition.json` and `matters[i]`. */
  paths?: {
    /** The edition file's path. */
    edition?: string;
    /** One path per matter file, in the order of `matters`. */
    matters?: readonly string[];
    /** One path per overlay file, in the order of `overlays`. */
    overlays?: readonly string[];
  };
}

/** Options of {@link loadRuleSet} and {@link safeLoadRuleSet}. */
export interface LoadOptions {
  /** Law texts by law id (file name without `.md`): when given, every citation is checked verbatim against them. */
  laws?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
}

/** The result of {@link safeLoadRuleSet}: the rule set, or every problem found. */
export type LoadResult<E extends EditionTypes = EditionTypes> =
  | {
      /** The rule set is valid. */
      ok: true;
      /** The validated, deeply frozen rule set. */
      ruleSet: RuleSet<E>;
    }
  | {
      /** The rule set was rejected. */
      ok: false;
      /** Every problem, each with its file and JSON pointer. */
      issues: Issue[];
    };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

class Collector {
  readonly issues: Issue[] = [];
  add(code: IssueCode, file: string, path: (string | number)[], message: string, matter?: string): void {
    const issue: Issue = { code, path, message, file, pointer: toPointer(path) };
    if (matter !== undefined) issue.matter = matter;
    this.issues.push(issue);
  }
}

function zodIssues(c: Collector, error: z.ZodError, file: string, matter?: string): void {
  for (const i of error.issues) {
    c.add("invalid-rule-file", file, i.path as (string | number)[], i.message, matter);
  }
}

const describe = (facts: Record<string, unknown>): string =>
  Object.entries(facts)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? `[${v.join(",")}]` : String(v)}`)
    .join(", ") || "(any facts)";

/** Checks one condition's leaves against the fact domains. */
function checkCondition(
  c: Collector,
  condition: Condition,
  domains: ReadonlyMap<string, FactDomain>,
  file: string,
  path: (string | number)[],
  matter?: string,
): void {
  for (const { leaf, path: sub } of leaves(condition)) {
    const at = [...path, ...sub];
    const domain = domains.get(leaf.fact);
    if (!isOperator(leaf.operator)) {
      c.add("invalid-condition", file, [...at, "operator"], `operator "${leaf.operator}" is not allowed`, matter);
      continue;
    }
    if (!domain) {
      const hint = leaf.fact === "tierLevel" ? " (tierLevel cannot select a tier)" : "";
      c.add(
        "unknown-fact",
        file,
        [...at, "fact"],
        `fact "${leaf.fact}" is not declared by the matter and is not a system fact${hint}`,
        matter,
      );
      continue;
    }
    const values = Array.isArray(leaf.value) ? leaf.value : [leaf.value];
    const listOp = leaf.operator === "in" || leaf.operator === "notIn";
    if (listOp !== Array.isArray(leaf.value) && domain.kind !== "set") {
      c.add(
        "invalid-condition",
        file,
        [...at, "value"],
        listOp ? `"${leaf.operator}" needs an array value` : `"${leaf.operator}" needs a single value`,
        matter,
      );
      continue;
    }
    const numeric = ["lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive"].includes(leaf.operator);
    switch (domain.kind) {
      case "money":
        c.add(
          "invalid-condition",
          file,
          [...at, "fact"],
          `money fact "${leaf.fact}" cannot be used in a condition`,
          matter,
        );
        break;
      case "set":
        if (leaf.operator !== "contains" && leaf.operator !== "doesNotContain") {
          c.add(
            "invalid-condition",
            file,
            [...at, "operator"],
            `"${leaf.fact}" is a list: use contains or doesNotContain`,
            matter,
          );
        } else if (typeof leaf.value !== "string" || !domain.values.includes(leaf.value)) {
          c.add(
            "unknown-circumstance",
            file,
            [...at, "value"],
            `"${String(leaf.value)}" is not in the edition's circumstance catalogue`,
            matter,
          );
        }
        break;
      case "number":
        if (leaf.operator === "contains" || leaf.operator === "doesNotContain") {
          c.add(
            "invalid-condition",
            file,
            [...at, "operator"],
            `"${leaf.operator}" needs a list fact; "${leaf.fact}" is a number`,
            matter,
          );
        } else if (!values.every((v) => typeof v === "number" && Number.isFinite(v))) {
          c.add(
            "invalid-condition",
            file,
            [...at, "value"],
            `"${leaf.fact}" is a number: compare it with finite numbers`,
            matter,
          );
        }
        break;
      case "enum":
      case "boolean":
        if (numeric || leaf.operator === "contains" || leaf.operator === "doesNotContain") {
          c.add(
            "invalid-condition",
            file,
            [...at, "operator"],
            `"${leaf.operator}" does not apply to ${domain.kind} fact "${leaf.fact}"`,
            matter,
          );
        } else if (domain.kind === "boolean" && !values.every((v) => typeof v === "boolean")) {
          c.add(
            "invalid-condition",
            file,
            [...at, "value"],
            `"${leaf.fact}" is a boolean: compare it with true or false`,
            matter,
          );
        } else if (domain.kind === "enum") {
          for (const v of values) {
            if (typeof v !== "string" || !domain.values.includes(v)) {
              c.add(
                "invalid-condition",
                file,
                [...at, "value"],
                `"${String(v)}" is not a value of "${leaf.fact}" (expected one of ${domain.values.join(", ")})`,
                matter,
              );
            }
          }
        }
        break;
    }
  }
}

/** Walks any JSON value and yields every `{ law, article, text }` citation with its path. */
function* citationsIn(
  value: unknown,
  path: (string | number)[] = [],
): Generator<{ citation: Citation; path: (string | number)[] }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* citationsIn(value[i], [...path, i]);
  } else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.law === "string" && typeof o.article === "string" && typeof o.text === "string") {
      yield { citation: o as unknown as Citation, path };
      return;
    }
    for (const [k, v] of Object.entries(o)) yield* citationsIn(v, [...path, k]);
  }
}

function checkMatter(c: Collector, edition: EditionFile, matter: MatterFile, file: string): void {
  const id = matter.id;
  const circumstanceIds = edition.generalRules.circumstances.map((x) => x.id);
  const unit = new Dec(edition.generalRules.rounding.unit);

  // facts
  for (const [name, decl] of Object.entries(matter.facts)) {
    if ((SYSTEM_FACTS as readonly string[]).includes(name)) {
      c.add("invalid-rule-file", file, ["facts", name], `"${name}" is a system fact and cannot be declared`, id);
    }
    if (decl.type === "enum") {
      const seen = new Set<string>();
      decl.values.forEach((v, i) => {
        if (seen.has(v.value))
          c.add("duplicate-id", file, ["facts", name, "values", i, "value"], `duplicate value "${v.value}"`, id);
        seen.add(v.value);
      });
    }
    if (decl.type === "number") {
      if (
        !Number.isFinite(decl.min) ||
        (decl.max !== undefined && (!Number.isFinite(decl.max) || decl.max < decl.min))
      ) {
        c.add(
          "invalid-rule-file",
          file,
          ["facts", name],
          `number fact "${name}" needs finite bounds with min ≤ max`,
          id,
        );
      }
    }
  }
  const domains = domainsFor(matter, circumstanceIds, false);
  const tierDomains = domainsFor(matter, circumstanceIds, true);

  // bases
  const jurisdictions = new Map(edition.jurisdictions.map((j) => [j.id, j]));
  for (const [jid, basis] of Object.entries(matter.bases)) {
    const j = jurisdictions.get(jid);
    if (!j) {
      c.add(
        "unknown-jurisdiction",
        file,
        ["bases", jid],
        `jurisdiction "${jid}" is not declared by edition ${edition.id}`,
        id,
      );
    } else if (!j.basisAvailable) {
      c.add(
        "unknown-jurisdiction",
        file,
        ["bases", jid],
        `edition ${edition.id} declares no available law text for "${jid}"`,
        id,
      );
    }
    for (const party of ["individual", "unit"] as const) {
      const sp: StatutoryPenalty | undefined = basis.statutory[party];
      const at = ["bases", jid, "statutory", party];
      if (!sp) {
        if (matter.parties.includes(party)) {
          c.add(
            "missing-statutory-penalty",
            file,
            at,
            `the matter applies to ${party} parties but ${jid} gives no statutory penalty for them`,
            id,
          );
        }
        continue;
      }
      if (!matter.parties.includes(party)) {
        c.add(
          "invalid-rule-file",
          file,
          at,
          `a statutory penalty for ${party} parties, but "parties" does not list ${party}`,
          id,
        );
      }
      if (sp.fine) {
        const [lo, hi] = writtenBounds(sp.fine);
        if (lo.gt(hi))
          c.add(
            "invalid-rule-file",
            file,
            [...at, "fine"],
            `statutory minimum ${lo.toFixed()} exceeds maximum ${hi.toFixed()}`,
            id,
          );
        const needs =
          sp.fine.shape === "per-unit"
            ? sp.fine.quantity
            : sp.fine.shape === "multiple" || sp.fine.shape === "percentage"
              ? [sp.fine.base]
              : [];
        const kind = sp.fine.shape === "per-unit" ? "number" : "money";
        for (const name of needs) {
          const d = matter.facts[name];
          if (!d) c.add("unknown-fact", file, [...at, "fine"], `fine refers to undeclared fact "${name}"`, id);
          else if (d.type !== kind)
            c.add(
              "invalid-rule-file",
              file,
              [...at, "fine"],
              `fine needs "${name}" to be a ${kind} fact, not ${d.type}`,
              id,
            );
          else if (d.type === "number" && !(d.min > 0)) {
            c.add(
              "invalid-rule-file",
              file,
              ["facts", name, "min"],
              `"${name}" is a quantity of a per-unit fine: its minimum must be above 0 (a zero quantity gives a 0 元 fine)`,
              id,
            );
          }
        }
      }
      sp.preconditions?.forEach((p, i) =>
        checkCondition(c, p.when, domains, file, [...at, "preconditions", i, "when"], id),
      );
      sp.stages?.forEach((stage, i) => {
        checkCondition(c, stage.when, domains, file, [...at, "stages", i, "when"], id);
        const [lo, hi] = writtenBounds(stage.fine);
        if (lo.gt(hi))
          c.add(
            "invalid-rule-file",
            file,
            [...at, "stages", i, "fine"],
            `statutory minimum ${lo.toFixed()} exceeds maximum ${hi.toFixed()}`,
            id,
          );
        if (stage.fine.shape === "per-unit" || stage.fine.shape === "multiple" || stage.fine.shape === "percentage") {
          c.add(
            "invalid-rule-file",
            file,
            [...at, "stages", i, "fine"],
            "a statutory stage takes a range, max-only or fixed fine",
            id,
          );
        }
        stage.sanctions?.forEach((s2, k) => {
          if (s2.when) checkCondition(c, s2.when, domains, file, [...at, "stages", i, "sanctions", k, "when"], id);
        });
      });
      if (!sp.optional && sp.fine && sp.fine.shape === "fixed" && new Dec(sp.fine.amount).isZero()) {
        c.add(
          "tier-outside-statute",
          file,
          [...at, "fine", "amount"],
          "a fine the statute makes mandatory (处罚款) cannot be 0 元",
          id,
        );
      }
      if (
        basis.enforcement &&
        basis.enforcement.agency !== (edition.agency ?? "city-management") &&
        !matter.notes?.some((n) => n.includes(basis.enforcement!.citation.article))
      ) {
        c.add(
          "competence",
          file,
          ["bases", jid, "enforcement"],
          `${jid}: the penalty article names ${basis.enforcement.agency}, not the edition's agency; state why the matter is kept in "notes" (citing ${basis.enforcement.citation.article}) — cases of it are refused as outside-competence`,
          id,
        );
      }
      sp.sanctions?.forEach((s, i) => {
        if (s.when) checkCondition(c, s.when, domains, file, [...at, "sanctions", i, "when"], id);
      });
    }
  }

  // tiers
  const tierIds = new Set<string>();
  const ordered: { tier: Tier; index: number }[] = [];
  let reducedCount = 0;
  const levelRank = { reduced: 0, lighter: 1, general: 2, heavier: 3 } as const;
  matter.tiers.forEach((tier, index) => {
    if (tierIds.has(tier.id)) c.add("duplicate-id", file, ["tiers", index, "id"], `duplicate tier id "${tier.id}"`, id);
    tierIds.add(tier.id);
    if (tier.id === "reduced" && tier.level !== "reduced") {
      c.add("invalid-rule-file", file, ["tiers", index, "id"], `tier id "reduced" is kept for the 减轻 tier`, id);
    }
    if (tier.level === "reduced") {
      reducedCount++;
      if (tier.when)
        c.add(
          "invalid-condition",
          file,
          ["tiers", index, "when"],
          "a 减轻 tier is selected by circumstances, not facts: remove its condition",
          id,
        );
      if (tier.band)
        c.add(
          "invalid-rule-file",
          file,
          ["tiers", index, "band"],
          "a 减轻 tier takes the edition's 减轻 band or explicit amounts, not a band",
          id,
        );
    } else {
      ordered.push({ tier, index });
      if (tier.when) checkCondition(c, tier.when, tierDomains, file, ["tiers", index, "when"], id);
    }
    if (tier.warningOnly) {
      for (const [jid, basis] of Object.entries(matter.bases)) {
        for (const party of matter.parties) {
          if (!basis.statutory[party]?.sanctions?.some((s) => s.code === "warning")) {
            c.add(
              "tier-outside-statute",
              file,
              ["tiers", index, "warningOnly"],
              `a warning-only tier needs the statute to provide a warning (${jid}, ${party}: no "warning" sanction)`,
              id,
            );
          }
        }
      }
    }
    if (tier.band === "factor-score" && !matter.factorScore) {
      c.add(
        "invalid-rule-file",
        file,
        ["tiers", index, "band"],
        `a factor-score tier needs the matter's "factorScore" table`,
        id,
      );
    }
    if (tier.rate && tier.level !== "reduced") {
      c.add("invalid-rule-file", file, ["tiers", index, "rate"], "only a 减轻 tier takes a rate", id);
    }
    if (tier.band && typeof tier.band === "object") {
      const from = parseRatio(tier.band.from)!;
      const to = parseRatio(tier.band.to)!;
      if (from.gt(to) || to.gt(1)) {
        c.add(
          "tier-outside-statute",
          file,
          ["tiers", index, "band"],
          `band ${tier.band.from}–${tier.band.to} must satisfy 0 ≤ from ≤ to ≤ 1 of the statutory range`,
          id,
        );
      }
    }
    for (const [jid, byParty] of Object.entries(tier.amounts ?? {})) {
      const basis = matter.bases[jid];
      if (!basis) {
        c.add(
          "unknown-jurisdiction",
          file,
          ["tiers", index, "amounts", jid],
          `amounts for "${jid}", where the matter has no legal basis`,
          id,
        );
        continue;
      }
      for (const party of ["individual", "unit"] as const) {
        const amounts = byParty[party];
        if (!amounts) continue;
        const at = ["tiers", index, "amounts", jid, party];
        const fine = basis.statutory[party]?.fine;
        if (!fine) {
          c.add("tier-outside-statute", file, at, `${jid} sets no fine for ${party} parties`, id);
          continue;
        }
        if (!isStaticFine(fine)) {
          c.add(
            "invalid-rule-file",
            file,
            at,
            `explicit amounts need a fixed statutory range; the ${fine.shape} fine depends on case facts (use a band)`,
            id,
          );
          continue;
        }
        const s = statutoryInterval(fine, {});
        const min = new Dec(amounts.min);
        const max = new Dec(amounts.max);
        if (min.isZero() && basis.statutory[party]?.optional === false) {
          c.add(
            "tier-outside-statute",
            file,
            [...at, "min"],
            "a fine the statute makes mandatory (处罚款) starts above 0 元: 0 is no fine",
            id,
          );
        }
        if (min.gt(max))
          c.add("tier-outside-statute", file, at, `tier minimum ${amounts.min} exceeds its maximum ${amounts.max}`, id);
        if (tier.level === "reduced") {
          if (!max.lt(s.min)) {
            c.add(
              "tier-outside-statute",
              file,
              at,
              `a 减轻 tier must stay below the statutory minimum ${s.min.toFixed()} 元 (tier ${amounts.min}–${amounts.max})`,
              id,
            );
          }
        } else if (min.lt(s.min) || max.gt(s.max)) {
          c.add(
            "tier-outside-statute",
            file,
            at,
            `tier ${amounts.min}–${amounts.max} 元 leaves the statutory range ${s.min.toFixed()}–${s.max.toFixed()} 元 (${jid}, ${party}); only a 减轻 tier may go below the minimum`,
            id,
          );
        }
      }
    }
  });
  if (reducedCount > 1) c.add("duplicate-id", file, ["tiers"], "at most one 减轻 (reduced) tier", id);
  if (ordered.length === 0) c.add("invalid-rule-file", file, ["tiers"], "at least one tier that is not 减轻", id);
  // Ladders: every tier that is not 减轻 on exactly one ladder; order checks run along each ladder.
  const ladders: { tier: Tier; index: number }[][] = [];
  if (matter.ladders) {
    const seen = new Set<string>();
    matter.ladders.forEach((ladder, li) => {
      const steps: { tier: Tier; index: number }[] = [];
      ladder.forEach((tid, k) => {
        const found = ordered.find((o) => o.tier.id === tid);
        if (!found)
          c.add(
            "invalid-rule-file",
            file,
            ["ladders", li, k],
            `ladder names "${tid}", which is not a tier of the matter (or is the 减轻 tier)`,
            id,
          );
        else if (seen.has(tid))
          c.add("duplicate-id", file, ["ladders", li, k], `tier "${tid}" is on more than one ladder`, id);
        else steps.push(found);
        seen.add(tid);
      });
      ladders.push(steps);
    });
    for (const o of ordered)
      if (!seen.has(o.tier.id))
        c.add("invalid-rule-file", file, ["ladders"], `tier "${o.tier.id}" is on no ladder`, id);
  } else ladders.push(ordered);
  for (const ladder of ladders) {
    for (let k = 1; k < ladder.length; k++) {
      const prev = ladder[k - 1]!;
      const cur = ladder[k]!;
      if (levelRank[cur.tier.level] < levelRank[prev.tier.level]) {
        c.add(
          "tier-order",
          file,
          ["tiers", cur.index, "level"],
          `tiers are listed lightest first: "${cur.tier.id}" (${cur.tier.level}) follows "${prev.tier.id}" (${prev.tier.level})`,
          id,
        );
      }
    }
  }
  if (ordered.length > 1) {
    ordered.forEach(({ tier, index }) => {
      if (!tier.when)
        c.add(
          "invalid-condition",
          file,
          ["tiers", index],
          `tier "${tier.id}" needs a condition ("when") when the matter has several tiers`,
          id,
        );
    });
  }
  // Bands must not get lighter down the list (per jurisdiction and party, for fixed statutory ranges).
  for (const [jid, basis] of Object.entries(matter.bases)) {
    for (const party of matter.parties) {
      const fine = basis.statutory[party]?.fine;
      if (!fine || !isStaticFine(fine)) continue;
      const s = statutoryInterval(fine, {});
      for (const ladder of ladders) {
        // A warning-only tier (no fine) is lighter than any fine; a factor-score tier has no band before the case.
        let prev: { id: string; band: Interval | null } | undefined;
        for (const { tier, index } of ladder) {
          if (tier.band === "factor-score") continue;
          const band = tierBand(edition, tier, tier.level, fine, s, jid, party, unit) ?? null;
          if (prev && prev.band === null && band !== null) {
            prev = { id: tier.id, band };
            continue;
          }
          if (
            prev &&
            (band === null || (prev.band !== null && (band.min.lt(prev.band.min) || band.max.lt(prev.band.max))))
          ) {
            const show = (b: Interval | null) => (b ? `${b.min.toFixed()}–${b.max.toFixed()} 元` : "警告 warning");
            c.add(
              "tier-order",
              file,
              ["tiers", index],
              `tier "${tier.id}" (${show(band)}, ${jid}, ${party}) is lighter than the tier before it on its ladder, "${prev.id}" (${show(prev.band)})`,
              id,
            );
          }
          prev = { id: tier.id, band };
        }
      }
    }
  }
  // Partition: exactly one tier for every combination of valid facts.
  if (ordered.length > 1 && ordered.every(({ tier }) => tier.when)) {
    const result = checkPartition(
      ordered.map(({ tier }) => ({ id: tier.id, when: tier.when })),
      tierDomains,
    );
    if (result === "too-large") {
      c.add(
        "tier-check-too-large",
        file,
        ["tiers"],
        "the tier conditions span too many fact combinations to check exhaustively; simplify them",
        id,
      );
    } else {
      for (const f of result) {
        if (f.kind === "gap") c.add("tier-gap", file, ["tiers"], `no tier applies when ${describe(f.facts)}`, id);
        else
          c.add(
            "tier-overlap",
            file,
            ["tiers"],
            `tiers ${f.tiers.map((t) => `"${t}"`).join(" and ")} both apply when ${describe(f.facts)}`,
            id,
          );
      }
    }
  }

  if (matter.minor) checkCondition(c, matter.minor, domains, file, ["minor"], id);
  matter.factorScore?.factors.forEach((f, i) => {
    const decl = matter.facts[f.fact];
    if (!decl || decl.type !== "enum") {
      c.add(
        "unknown-fact",
        file,
        ["factorScore", "factors", i, "fact"],
        `factor "${f.fact}" must be an enum fact of the matter`,
        id,
      );
      return;
    }
    for (const v of decl.values) {
      if (!(v.value in f.scores))
        c.add(
          "invalid-rule-file",
          file,
          ["factorScore", "factors", i, "scores"],
          `factor "${f.fact}" gives no score for "${v.value}"`,
          id,
        );
    }
    for (const v of Object.keys(f.scores)) {
      if (!decl.values.some((d) => d.value === v))
        c.add(
          "invalid-rule-file",
          file,
          ["factorScore", "factors", i, "scores", v],
          `"${v}" is not a value of "${f.fact}"`,
          id,
        );
    }
  });
  matter.firstViolation?.conditions.forEach((cond, i) =>
    checkCondition(c, cond.when, domains, file, ["firstViolation", "conditions", i, "when"], id),
  );
}

function checkOverlay(
  c: Collector,
  edition: EditionFile,
  matters: MatterFile[],
  overlay: OverlayFile,
  file: string,
): void {
  const declared = new Set(edition.jurisdictions.map((j) => j.id));
  if (!declared.has(overlay.jurisdiction)) {
    c.add(
      "unknown-jurisdiction",
      file,
      ["jurisdiction"],
      `"${overlay.jurisdiction}" is not declared by edition ${edition.id}`,
    );
    return;
  }
  if (!declared.has(overlay.parent) || !overlay.jurisdiction.startsWith(overlay.parent + "/")) {
    c.add(
      "unknown-jurisdiction",
      file,
      ["parent"],
      `"${overlay.parent}" must be a declared jurisdiction above "${overlay.jurisdiction}"`,
    );
    return;
  }
  const unit = new Dec(edition.generalRules.rounding.unit);
  const formula = edition.generalRules.tierFormula;
  for (const [matterId, refinement] of Object.entries(overlay.matters)) {
    const matter = matters.find((m) => m.id === matterId);
    if (!matter) {
      c.add(
        "unknown-matter",
        file,
        ["matters", matterId],
        `edition ${edition.id} has no matter "${matterId}"`,
        matterId,
      );
      continue;
    }
    let basisId: string | undefined;
    for (
      let j: string | undefined = overlay.parent;
      j;
      j = j.includes("/") ? j.slice(0, j.lastIndexOf("/")) : undefined
    ) {
      if (matter.bases[j]) {
        basisId = j;
        break;
      }
    }
    if (!basisId) {
      c.add(
        "unknown-jurisdiction",
        file,
        ["matters", matterId],
        `${matterId} has no legal basis for "${overlay.parent}" to refine`,
        matterId,
      );
      continue;
    }
    const basis = matter.bases[basisId]!;
    for (const [tierId, r] of Object.entries(refinement.tiers)) {
      const at = ["matters", matterId, "tiers", tierId];
      const tier = matter.tiers.find((t) => t.id === tierId && t.level !== "reduced");
      if (!tier) {
        c.add("unknown-fact", file, at, `${matterId} has no tier "${tierId}" that facts select`, matterId);
        continue;
      }
      for (const party of ["individual", "unit"] as const) {
        const amounts = r[party];
        if (!amounts) continue;
        const fine = basis.statutory[party]?.fine;
        if (!fine || !isStaticFine(fine)) {
          c.add(
            "overlay-outside-parent",
            file,
            [...at, party],
            `tier "${tierId}": explicit amounts need a fixed statutory range for ${party} parties; use a band`,
            matterId,
          );
          continue;
        }
        const parentBand = tierBand(
          edition,
          tier,
          tier.level,
          fine,
          statutoryInterval(fine, {}),
          basisId,
          party,
          unit,
        )!;
        const min = new Dec(amounts.min);
        const max = new Dec(amounts.max);
        if (min.gt(max) || min.lt(parentBand.min) || max.gt(parentBand.max)) {
          c.add(
            "overlay-outside-parent",
            file,
            [...at, party],
            `tier "${tierId}" of ${matterId} (${amounts.min}–${amounts.max} 元, ${party}) leaves the parent's tier range ${parentBand.min.toFixed()}–${parentBand.max.toFixed()} 元 (${basisId}); a lower level may only narrow it`,
            matterId,
          );
        }
      }
      if (r.band) {
        const b = typeof tier.band === "object" ? tier.band : undefined;
        const parentFrom = parseRatio(b?.from ?? "0")!;
        const parentTo = parseRatio(b?.to ?? "1")!;
        const from = parseRatio(r.band.from)!;
        const to = parseRatio(r.band.to)!;
        const tables = [
          ...new Set(
            Object.values(basis.statutory)
              .filter((p) => p?.fine)
              .map((p) => formulaTable(p!.fine!)),
          ),
        ];
        const formulaBand =
          !b && tables.length === 1 && tables[0] !== "fixed"
            ? formula[tables[0] as "range" | "maxOnly"][tier.level as "lighter" | "general" | "heavier"]
            : undefined;
        const lo = formulaBand ? parseRatio(formulaBand.from)! : parentFrom;
        const hi = formulaBand ? parseRatio(formulaBand.to)! : parentTo;
        if (from.gt(to) || from.lt(lo) || to.gt(hi)) {
          c.add(
            "overlay-outside-parent",
            file,
            [...at, "band"],
            `tier "${tierId}" of ${matterId}: band ${r.band.from}–${r.band.to} leaves the parent's band ${lo.toFixed(4)}–${hi.toFixed(4)} of the statutory range`,
            matterId,
          );
        }
      }
    }
  }
}

function checkEdition(c: Collector, edition: EditionFile, file: string): void {
  const seen = new Set<string>();
  edition.jurisdictions.forEach((j, i) => {
    if (seen.has(j.id)) c.add("duplicate-id", file, ["jurisdictions", i, "id"], `duplicate jurisdiction "${j.id}"`);
    seen.add(j.id);
  });
  const circ = new Set<string>();
  edition.generalRules.circumstances.forEach((x, i) => {
    if (circ.has(x.id))
      c.add("duplicate-id", file, ["generalRules", "circumstances", i, "id"], `duplicate circumstance "${x.id}"`);
    circ.add(x.id);
  });
  const { minorAge } = edition.generalRules.statute;
  if (minorAge.noPenaltyUnder > minorAge.mitigateUnder) {
    c.add(
      "invalid-rule-file",
      file,
      ["generalRules", "statute", "minorAge"],
      "noPenaltyUnder must not exceed mitigateUnder",
    );
  }
  if (edition.effectiveTo !== null && edition.effectiveTo < edition.effectiveFrom) {
    c.add(
      "invalid-rule-file",
      file,
      ["effectiveTo"],
      `effectiveTo ${edition.effectiveTo} is before effectiveFrom ${edition.effectiveFrom}`,
    );
  }
  for (const table of ["range", "maxOnly"] as const) {
    for (const [name, band] of Object.entries(edition.generalRules.tierFormula[table])) {
      const from = parseRatio(band.from)!;
      const to = parseRatio(band.to)!;
      if (from.gt(to) || to.gt(1)) {
        c.add(
          "tier-outside-statute",
          file,
          ["generalRules", "tierFormula", table, name],
          `band ${band.from}–${band.to} must satisfy 0 ≤ from ≤ to ≤ 1`,
        );
      }
    }
  }
  if (parseRatio(edition.generalRules.tierFormula.reduced.from)!.gte(1)) {
    c.add(
      "tier-outside-statute",
      file,
      ["generalRules", "tierFormula", "reduced", "from"],
      "the 减轻 band starts below the statutory minimum: from < 1",
    );
  }
  const minorDomains = new Map<string, FactDomain>([
    ["party", { kind: "enum", values: ["individual", "unit"] }],
    ["priorCount", { kind: "number", integer: true, min: 0, max: undefined }],
    ["harm", { kind: "enum", values: ["none", "minor", "moderate", "serious"] }],
    ["correction", { kind: "enum", values: ["in-time", "late", "refused", "not-ordered"] }],
    ["circumstances", { kind: "set", values: [...circ] }],
    ["tierLevel", { kind: "enum", values: ["reduced", "lighter", "general", "heavier"] }],
  ]);
  checkCondition(c, edition.generalRules.minorViolation.when, minorDomains, file, [
    "generalRules",
    "minorViolation",
    "when",
  ]);
}

function lawIndex(laws: LoadOptions["laws"]): Map<string, Map<number, Article>> | undefined {
  if (!laws) return undefined;
  const entries = laws instanceof Map ? [...laws.entries()] : Object.entries(laws as Record<string, string>);
  return new Map(entries.map(([k, v]) => [k, parseLaw(v)]));
}

/**
 * Validates rule files and returns every problem instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeLoadRuleSet({ edition, matters: [littering] });
 * if (!result.ok) for (const issue of result.issues) console.log(formatIssue(issue)); // file#/pointer (matter): [code] message
 * ```
 */
export function safeLoadRuleSet<S extends RuleSetSource>(
  source: S,
  options: LoadOptions = {},
): LoadResult<TypesCarried<S>> {
  const c = new Collector();
  if (!source || typeof source !== "object" || !Array.isArray((source as RuleSetSource).matters)) {
    return {
      ok: false,
      issues: [{ code: "invalid-rule-file", path: [], message: "expected { edition, matters: [...] }" }],
    };
  }
  const editionFile = source.paths?.edition ?? "edition.json";
  const matterFiles = source.matters.map((_, i) => source.paths?.matters?.[i] ?? `matters[${i}]`);
  const limits = checkRuleSetLimits(
    source.edition,
    source.matters,
    Array.isArray(source.overlays) ? source.overlays : [],
    {
      edition: editionFile,
      matters: matterFiles,
      overlays: (Array.isArray(source.overlays) ? source.overlays : []).map(
        (_, i) => source.paths?.overlays?.[i] ?? `overlays[${i}]`,
      ),
    },
  );
  if (limits.length > 0) return { ok: false, issues: limits };
  const laws = lawIndex(options.laws);

  const parsedEdition = EditionFile.safeParse(source.edition);
  if (!parsedEdition.success) zodIssues(c, parsedEdition.error, editionFile);
  const matters: MatterFile[] = [];
  const ids = new Map<string, string>();
  source.matters.forEach((raw, i) => {
    const file = matterFiles[i]!;
    const id =
      raw && typeof raw === "object" && typeof (raw as { id?: unknown }).id === "string"
        ? (raw as { id: string }).id
        : undefined;
    const parsed = MatterFile.safeParse(raw);
    if (!parsed.success) {
      zodIssues(c, parsed.error, file, id);
      return;
    }
    const prior = ids.get(parsed.data.id);
    if (prior !== undefined) {
      c.add("duplicate-id", file, ["id"], `matter id "${parsed.data.id}" is also used by ${prior}`, parsed.data.id);
      return;
    }
    ids.set(parsed.data.id, file);
    matters.push(parsed.data);
  });
  if (laws) {
    const check = (value: unknown, file: string, matter?: string) => {
      for (const { citation, path } of citationsIn(value)) {
        const problem = checkCitation(citation, laws);
        if (problem) c.add("citation-mismatch", file, path, problem, matter);
      }
    };
    check(source.edition, editionFile);
    source.matters.forEach((m, i) => check(m, matterFiles[i]!, (m as { id?: string } | null)?.id));
  }
  const overlayFiles = (source.overlays ?? []).map((_, i) => source.paths?.overlays?.[i] ?? `overlays[${i}]`);
  const overlays: OverlayFile[] = [];
  (source.overlays ?? []).forEach((raw, i) => {
    const parsed = OverlayFile.safeParse(raw);
    if (!parsed.success) zodIssues(c, parsed.error, overlayFiles[i]!);
    else overlays.push(parsed.data);
  });
  if (laws)
    (source.overlays ?? []).forEach((o, i) => {
      for (const { citation, path } of citationsIn(o)) {
        const problem = checkCitation(citation, laws);
        if (problem) c.add("citation-mismatch", overlayFiles[i]!, path, problem);
      }
    });
  if (parsedEdition.success) {
    checkEdition(c, parsedEdition.data, editionFile);
    const seenOverlay = new Set<string>();
    overlays.forEach((o, i) => {
      if (seenOverlay.has(o.jurisdiction))
        c.add("duplicate-id", overlayFiles[i]!, ["jurisdiction"], `a second overlay for "${o.jurisdiction}"`);
      seenOverlay.add(o.jurisdiction);
      checkOverlay(c, parsedEdition.data, matters, o, overlayFiles[i]!);
    });
    for (const m of matters) {
      const i = source.matters.findIndex((raw) => (raw as { id?: string } | null)?.id === m.id);
      checkMatter(c, parsedEdition.data, m, matterFiles[i]!);
    }
  }
  if (c.issues.length > 0) return { ok: false, issues: c.issues };
  const ruleSet: RuleSet = {
    edition: parsedEdition.data!,
    matters,
    overlays,
    files: { edition: editionFile, matters: matters.map((m) => ids.get(m.id)!), overlays: overlayFiles },
  };
  // The edition's types, if any, come with the source (the bundled editions' are generated from their files).
  return { ok: true, ruleSet: deepFreeze(ruleSet) as RuleSet<TypesCarried<S>> };
}

/**
 * Validates rule files into a {@link RuleSet}; throws a {@link RuleSetError} listing every problem.
 *
 * @example
 * ```ts
 * import { loadRuleSet } from "cailiang";
 * import { yrd2023 } from "cailiang/rules";
 * const ruleSet = loadRuleSet(yrd2023);
 * ```
 */
export function loadRuleSet<S extends RuleSetSource>(source: S, options: LoadOptions = {}): RuleSet<TypesCarried<S>> {
  const result = safeLoadRuleSet(source, options);
  if (!result.ok) throw new RuleSetError(result.issues);
  return result.ruleSet;
}

export { CailiangError };
