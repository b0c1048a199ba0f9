/** What a step finds: the shapes the steps return and `outcome.ts` assembles. */
import type { Ground, OutcomeSanction } from "../../schema/case.js";
import type { Citation, Localized } from "../../schema/rules.js";

/** A ground on which no penalty may be imposed, with the measures it brings. */
export interface Exemption {
  readonly ground: Ground;
  readonly measures: readonly OutcomeSanction[];
  /** The act is time-barred and over: there is nothing left to order corrected. */
  readonly barred?: boolean;
}

/** A circumstance that moves the penalty: lighter (-1) or heavier (+1); mandatory when the law says 应当. */
export interface Adjuster {
  readonly ground: Ground;
  readonly direction: -1 | 1;
  /** A mandatory 从轻或者减轻 (Arts. 30, 32): it counts towards 减轻 and must leave the case lighter. */
  readonly mandatoryReduction: boolean;
}

/** The measures that accompany decisions, as frozen shared values (an Outcome never holds a mutable shared object). */
export const MEASURE_LABELS = Object.freeze({
  correct: Object.freeze({ zh: "责令改正或者限期改正", en: "Order to correct the violation" }),
  educate: Object.freeze({ zh: "对当事人进行教育", en: "Educate the party" }),
  guardianDiscipline: Object.freeze({ zh: "责令监护人加以管教", en: "Order the guardian to discipline the minor" }),
  guardianCare: Object.freeze({ zh: "责令监护人严加看管和治疗", en: "Order the guardian to supervise and treat" }),
  confiscate: Object.freeze({ zh: "没收违法所得", en: "Confiscate the illegal gains" }),
}) satisfies Record<string, Localized>;

/** A measure (an order or duty that is not a penalty) citing its article. */
export function measure(code: OutcomeSanction["code"], label: Localized, citation: Citation | null): OutcomeSanction {
  return { code, label, mandatory: true, kind: "measure", citation };
}
