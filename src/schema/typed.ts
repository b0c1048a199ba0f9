/**
 * Compile-time types of an edition's cases. The bundled editions carry them (generated from their rule files), so a
 * case for a bundled edition autocompletes its matter ids, fact names and enum values, and a misspelling fails to
 * compile; a rule set read at run time (from a directory or JSON) carries the general {@link EditionTypes}, whose
 * cases are plain {@link CaseInput}. Types only: validation at run time is the same either way.
 */
import type { CaseInput, PriorViolation } from "./case.js";

/** A fact value in a case: a number, an enum value or an amount of money as a decimal string, or a boolean. */
export type FactValue = number | string | boolean;

/** Matter id → the facts a case of that matter gives (fact name → value type). */
export type MatterFacts = Record<string, Record<string, FactValue>>;

/**
 * What an edition declares, as types: each matter's facts, the jurisdiction ids and the circumstance ids. The
 * bundled editions have their own (`Yrd2023`, `Yrd2025` from `cailiang/rules`); this general form stands for a rule
 * set known only at run time.
 */
export interface EditionTypes {
  /** Each matter's facts, by matter id. */
  matters: MatterFacts;
  /** The edition's jurisdiction ids. */
  jurisdiction: string;
  /** The ids of the edition's circumstance catalogue. */
  circumstance: string;
}

/**
 * The phantom property that carries an edition's types on a rule set; never present at run time.
 *
 * @internal
 */
export interface CarriesTypes<E extends EditionTypes> {
  /**
   * The edition's types (compile time only; always undefined).
   *
   * @internal
   */
  readonly "~types"?: E;
}

/**
 * The edition types a rule set, compiled rule set or source carries: the union of them for a union of rule sets, the
 * general {@link EditionTypes} when none are known (or for `any`).
 */
export type TypesCarried<T> = 0 extends 1 & T
  ? EditionTypes
  : T extends {
        /** The carried types (compile time only). */
        readonly "~types"?: infer E extends EditionTypes;
      }
    ? unknown extends E
      ? EditionTypes
      : E
    : EditionTypes;

/** The matter ids of an edition's types (of every edition, for a union of editions). */
export type MatterIdOf<E extends EditionTypes> = E extends unknown ? keyof E["matters"] & string : never;

/** The facts of the matter `Id` of an edition's types. */
export type FactsOf<E extends EditionTypes, Id extends MatterIdOf<E>> = E["matters"][Id];

type Flatten<T> = { [K in keyof T]: T[K] } & {};
type KeysOfEach<U> = U extends unknown ? keyof U : never;
type ValueIn<U, K extends PropertyKey> = U extends unknown ? (K extends keyof U ? U[K] : never) : never;
/**
 * Several matters' facts in one record: each name of any of them, its value what that matter declares.
 */
type MergedFacts<U> = { [K in KeysOfEach<U> & string]?: ValueIn<U, K> };

/**
 * The fields of a typed case besides `matter` and `facts`.
 */
type CaseCommon<E extends EditionTypes> = Omit<
  CaseInput,
  "matter" | "facts" | "jurisdiction" | "circumstances" | "priorViolations"
> & {
  /** Where the case is decided: a jurisdiction id of the edition. */
  jurisdiction: E["jurisdiction"];
  /** Circumstance ids from the edition's catalogue. */
  circumstances: E["circumstance"][];
  /** Earlier violations of the party, each of a matter of the edition, in one of its jurisdictions. */
  priorViolations: Flatten<
    Omit<PriorViolation, "matter" | "jurisdiction"> & { matter: MatterIdOf<E>; jurisdiction: E["jurisdiction"] }
  >[];
};

/** A typed case of one matter `Id` (see {@link CaseFor}). */
export type OneMatterCase<E extends EditionTypes, Id> = Id extends keyof E["matters"]
  ? Flatten<
      CaseCommon<E> & {
        /** The matter id. */
        matter: Id;
        /** The matter's declared facts, by name. */
        facts: E["matters"][Id];
      }
    >
  : never;

/** A typed case of several matters for one act, Art. 29 (see {@link CaseFor}). */
export type SeveralMattersCase<E extends EditionTypes, Id extends keyof E["matters"]> = Flatten<
  CaseCommon<E> & {
    /** Several matter ids: one act under several provisions (Art. 29). */
    matter: [Id, ...Id[]];
    /** The declared facts of every matter named; each must be given (checked when evaluated). */
    facts: MergedFacts<E["matters"][Id]>;
  }
>;

/**
 * A case for an edition with known types (a bundled edition): `matter`, `facts`, `jurisdiction`, `circumstances` and
 * the prior violations' matters are checked when compiled. With the general {@link EditionTypes} (a rule set read at
 * run time) it is {@link CaseInput}. `Id` narrows the case to some of the edition's matters.
 *
 * For one matter every fact is checked by name and value type (enum facts by value, money as a decimal string). For
 * several matters (Art. 29) the ids and each fact's name and value type are checked; that every fact is given is
 * checked when the case is evaluated.
 *
 * @example
 * ```ts
 * import type { CaseFor } from "cailiang";
 * import type { Yrd2023 } from "cailiang/rules";
 * const littering: CaseFor<Yrd2023, "cityscape.littering"> = {
 *   matter: "cityscape.littering",
 *   facts: { location: "key-area" }, // "ordinary" | "key-area"
 *   // …
 * };
 * ```
 */
export type CaseFor<E extends EditionTypes, Id extends MatterIdOf<E> = MatterIdOf<E>> = E extends unknown
  ? string extends keyof E["matters"]
    ? CaseInput
    : OneMatterCase<E, Id> | SeveralMattersCase<E, Id & keyof E["matters"]>
  : never;
