/**
 * The bundled editions: a catalogue known at once (ids, titles, dates) and each edition's rule data, fetched the
 * first time the page needs that edition. The data files hold rule sets validated when the site was built; the page
 * compiles them and never runs the rule-file schemas. Evaluation is under one edition or, by date, under the
 * editions the case's dates select (行政处罚法 Art. 37).
 */
// The engine's modules, not the package index: the page's first render must not reach the zod schemas it
// re-exports (see schemas-lazy.ts).
import { compile } from "../../src/compile/index.js";
import { compileEditions } from "../../src/compile/editions.js";
import { safeEvaluate, safeExplain } from "../../src/evaluate/index.js";
import type {
  CompiledEditions,
  CompiledRuleSet,
  CreditPolicy,
  EditionFile,
  MatterFile,
  RuleSet,
  SafeEvaluateResult,
} from "../../src/index.js";
import { dayNumber } from "../../src/dates/index.js";
import CATALOGUE from "virtual:editions";
import { schemasWanted, SchemasNotLoaded } from "./schemas-lazy.js";

/** One bundled edition, loaded and compiled. */
export interface Edition {
  id: string;
  edition: EditionFile;
  ruleSet: RuleSet;
  compiled: CompiledRuleSet;
  matters: Map<string, MatterFile>;
  credit: CreditPolicy | null;
}

/** What the page knows of an edition before its data is loaded. */
export interface EditionHeader {
  id: string;
  edition: { title: { zh: string; en: string }; effectiveFrom: string; effectiveTo: string | null };
}

/** The editions choice meaning "the edition in force when the act occurred" (Art. 37). */
export const AUTO = "auto";

/** Every bundled edition, oldest first (loaded or not). */
export const EDITIONS: readonly EditionHeader[] = CATALOGUE.editions.map((e) => ({
  id: e.id,
  edition: { title: e.title, effectiveFrom: e.effectiveFrom, effectiveTo: e.effectiveTo },
}));

const loaded = new Map<string, Edition>();
const loading = new Map<string, Promise<void>>();

/** A loaded edition by id (undefined when it is unknown or not loaded yet). */
export const editionById = (id: string): Edition | undefined => loaded.get(id);

/** The loaded editions, oldest first. */
export const loadedEditions = (): Edition[] => EDITIONS.flatMap((e) => loaded.get(e.id) ?? []);

/** The latest edition's id. */
export const latestId = (): string => EDITIONS[EDITIONS.length - 1]!.id;

/** The latest edition (loaded before the page first renders). */
export function latest(): Edition {
  const e = loaded.get(latestId());
  if (!e) throw new Error(`edition ${latestId()} is not loaded`);
  return e;
}

/** The edition in force on a date (`YYYY-MM-DD`), if any. */
export function inForceOn(date: string): EditionHeader | undefined {
  return EDITIONS.find(
    (e) => e.edition.effectiveFrom <= date && (e.edition.effectiveTo === null || date <= e.edition.effectiveTo),
  );
}

/** The id of the edition whose catalogue the form shows (see {@link formEdition}). */
export function formEditionId(choice: string, occurredOn: string): string {
  if (choice !== AUTO) return EDITIONS.some((e) => e.id === choice) ? choice : latestId();
  return inForceOn(occurredOn)?.id ?? latestId();
}

/**
 * The edition whose catalogue (matters, jurisdictions, circumstances) the form shows: the chosen one, or with
 * {@link AUTO} the one in force when the act occurred (the latest when none is). Only called once it is loaded.
 */
export function formEdition(choice: string, occurredOn: string): Edition {
  const id = formEditionId(choice, occurredOn);
  const e = loaded.get(id);
  if (!e) throw new Error(`edition ${id} is not loaded`);
  return e;
}

/** The form's edition when it is loaded. */
export const formEditionIfLoaded = (choice: string, occurredOn: string): Edition | undefined =>
  loaded.get(formEditionId(choice, occurredOn));

/** In force on a day number, as the library decides it for evaluation by date. */
const inForceOnDay = (e: EditionHeader, day: number): boolean =>
  day >= dayNumber(e.edition.effectiveFrom)! &&
  (e.edition.effectiveTo === null || day <= dayNumber(e.edition.effectiveTo)!);

/**
 * The editions evaluation by date reads for a case (Art. 37): the one in force when the act occurred and the one in
 * force at decision; the latest when the date of the act is not a date; all when no edition is in force then (the
 * issue lists every edition's period).
 */
function byDateIds(occurredOn: unknown, decidedOn: unknown): string[] {
  const occurred = typeof occurredOn === "string" ? dayNumber(occurredOn) : undefined;
  if (occurred === undefined) return [latestId()];
  const atAct = EDITIONS.find((e) => inForceOnDay(e, occurred));
  if (!atAct) return EDITIONS.map((e) => e.id);
  const decided = typeof decidedOn === "string" ? dayNumber(decidedOn) : undefined;
  const atDecision = decided === undefined ? undefined : EDITIONS.find((e) => inForceOnDay(e, decided));
  return atDecision && atDecision !== atAct ? [atAct.id, atDecision.id] : [atAct.id];
}

/** What a page state needs loaded: the form's edition, what evaluation reads, and every edition for a comparison. */
export interface Needs {
  edition: string;
  occurredOn: unknown;
  decidedOn?: unknown;
  compare: boolean;
}

/** The ids of the editions a state needs, the latest first (it is the default and the base of every state). */
export function neededIds(needs: Needs): string[] {
  const ids = new Set([latestId()]);
  if (needs.compare) EDITIONS.forEach((e) => ids.add(e.id));
  ids.add(formEditionId(needs.edition, typeof needs.occurredOn === "string" ? needs.occurredOn : ""));
  if (needs.edition === AUTO) byDateIds(needs.occurredOn, needs.decidedOn).forEach((id) => ids.add(id));
  return [...ids];
}

/** The ids a state needs that are not loaded yet. */
export const missingIds = (needs: Needs): string[] => neededIds(needs).filter((id) => !loaded.has(id));

const dataUrl = (file: string) => new URL(file, import.meta.url).href;

async function fetchJson<T>(file: string): Promise<T> {
  const response = await fetch(dataUrl(file));
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Deeply frozen, as a loaded rule set is. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

interface EditionData {
  ruleSet: Omit<RuleSet, "matters"> & { matters: (MatterFile | string)[] };
  credit: CreditPolicy | null;
}

async function load(id: string): Promise<void> {
  const entry = CATALOGUE.editions.find((e) => e.id === id);
  if (!entry) throw new Error(`no bundled edition "${id}"`);
  // An older edition names the matters it shares with the latest one: those come from the latest edition's data.
  const [data] = await Promise.all([
    fetchJson<EditionData>(entry.file),
    id === latestId() ? undefined : ensureLoaded([latestId()]),
  ]);
  const shared = loaded.get(latestId())?.matters;
  const matters = data.ruleSet.matters.map((m) => {
    if (typeof m !== "string") return m;
    const found = shared?.get(m);
    if (!found) throw new Error(`${entry.file}: matter ${m} is not in the latest edition's data`);
    return found;
  });
  const ruleSet = deepFreeze({ ...data.ruleSet, matters }) as RuleSet;
  loaded.set(id, {
    id,
    edition: ruleSet.edition,
    ruleSet,
    compiled: compile(ruleSet),
    matters: new Map(ruleSet.matters.map((m) => [m.id, m])),
    credit: deepFreeze(data.credit),
  });
}

/** Loads the editions with these ids (each fetched once, however often it is asked for). */
export function ensureLoaded(ids: readonly string[]): Promise<void> {
  return Promise.all(
    ids.map((id) => {
      let p = loading.get(id);
      if (!p) {
        p = load(id);
        p.catch(() => loading.delete(id));
        loading.set(id, p);
      }
      return p;
    }),
  ).then(() => undefined);
}

const byDate = new Map<string, CompiledEditions | null>();

/** The editions evaluation by date reads for this case, combined, or null when there is only one. */
function editionsByDate(input: unknown): CompiledEditions | null {
  if (EDITIONS.length < 2) return null;
  const record = input && typeof input === "object" ? (input as Record<string, unknown>) : {};
  const ids = byDateIds(record.occurredOn, record.decidedOn);
  const key = ids.join(" ");
  if (!byDate.has(key)) {
    try {
      byDate.set(key, compileEditions(ids.map((id) => loaded.get(id)!.compiled)));
    } catch {
      byDate.set(key, null);
    }
  }
  return byDate.get(key)!;
}

/** How to evaluate: which edition (or {@link AUTO}), with the trace or not, whether the edition's dates count. */
export interface EvaluateChoice {
  edition: string;
  trace: boolean;
  /** Apply the edition whatever its effective dates (comparisons). */
  anyDate: boolean;
}

/**
 * Evaluates a case under the chosen edition (which must be loaded, see {@link neededIds}). Throws only
 * {@link SchemasNotLoaded}: the case is invalid and its issues need the case schemas, not fetched yet.
 */
export function evaluateCase(input: unknown, choice: EvaluateChoice): SafeEvaluateResult {
  const result = evaluateLoaded(input, choice);
  if (schemasWanted()) throw new SchemasNotLoaded();
  return result;
}

function evaluateLoaded(input: unknown, choice: EvaluateChoice): SafeEvaluateResult {
  const run = choice.trace ? safeExplain : safeEvaluate;
  if (choice.edition === AUTO) {
    const all = editionsByDate(input);
    if (all) return run(all, input);
    return run(latest().compiled, input);
  }
  const edition = editionById(choice.edition);
  if (!edition)
    return {
      ok: false,
      issues: [{ code: "invalid-usage", path: [], message: `no bundled edition "${choice.edition}"` }],
    };
  return run(edition.compiled, input, choice.anyDate ? { checkEffectiveDates: false } : {});
}
