/**
 * json-rules-engine condition syntax compiled to plain closures. Operator semantics follow json-rules-engine 7's
 * default operators exactly (including its number check on the comparison operators), so the compiled path and the
 * engine agree; the operator names are an allow-list and no rule text is ever evaluated as code.
 */
import type { Condition, LeafCondition, Operator } from "../schema/rules.js";

/** Facts a compiled condition reads: the matter's facts plus the system facts. */
export type FactBag = Readonly<Record<string, unknown>>;
export type Predicate = (facts: FactBag) => boolean;

const isNumberLike = (v: unknown): boolean => Number.parseFloat(v as string).toString() !== "NaN";

type Scalar = string | number | boolean;

/** json-rules-engine 7's default operators: the allow-list (the type check below keeps it equal to the schema's). */
const OPERATOR_LIST = [
  "equal",
  "notEqual",
  "lessThan",
  "lessThanInclusive",
  "greaterThan",
  "greaterThanInclusive",
  "in",
  "notIn",
  "contains",
  "doesNotContain",
] as const satisfies readonly Operator[];
type Unlisted = Exclude<Operator, (typeof OPERATOR_LIST)[number]>;
const everyOperatorListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyOperatorListed;
const OPERATOR_NAMES: ReadonlySet<string> = new Set<string>(OPERATOR_LIST);

/** True when `name` is one of the allowed operator names. */
export function isOperator(name: string): name is Operator {
  return OPERATOR_NAMES.has(name);
}

function compileLeaf(leaf: LeafCondition): Predicate {
  const { fact, value } = leaf;
  const op = leaf.operator;
  switch (op) {
    case "equal":
      return (f) => f[fact] === value;
    case "notEqual":
      return (f) => f[fact] !== value;
    case "in": {
      const set = value as Scalar[];
      return (f) => set.indexOf(f[fact] as Scalar) > -1;
    }
    case "notIn": {
      const set = value as Scalar[];
      return (f) => set.indexOf(f[fact] as Scalar) === -1;
    }
    case "lessThan": {
      const v = value as number;
      return (f) => {
        const a = f[fact];
        return typeof a === "number" ? a < v : isNumberLike(a) && (a as number) < v;
      };
    }
    case "lessThanInclusive": {
      const v = value as number;
      return (f) => {
        const a = f[fact];
        return typeof a === "number" ? a <= v : isNumberLike(a) && (a as number) <= v;
      };
    }
    case "greaterThan": {
      const v = value as number;
      return (f) => {
        const a = f[fact];
        return typeof a === "number" ? a > v : isNumberLike(a) && (a as number) > v;
      };
    }
    case "greaterThanInclusive": {
      const v = value as number;
      return (f) => {
        const a = f[fact];
        return typeof a === "number" ? a >= v : isNumberLike(a) && (a as number) >= v;
      };
    }
    case "contains":
      return (f) => {
        const a = f[fact];
        return Array.isArray(a) && a.indexOf(value) > -1;
      };
    case "doesNotContain":
      return (f) => {
        const a = f[fact];
        return Array.isArray(a) && a.indexOf(value) === -1;
      };
    default:
      throw new Error(`operator "${String(op)}" is not allowed`);
  }
}

/** Compiles a condition tree into one closure, once. */
export function compileCondition(condition: Condition): Predicate {
  if ("all" in condition) {
    const parts = condition.all.map(compileCondition);
    if (parts.length === 1) return parts[0]!;
    return (f) => {
      for (let i = 0; i < parts.length; i++) if (!parts[i]!(f)) return false;
      return true;
    };
  }
  if ("any" in condition) {
    const parts = condition.any.map(compileCondition);
    if (parts.length === 1) return parts[0]!;
    return (f) => {
      for (let i = 0; i < parts.length; i++) if (parts[i]!(f)) return true;
      return false;
    };
  }
  if ("not" in condition) {
    const inner = compileCondition(condition.not);
    return (f) => !inner(f);
  }
  return compileLeaf(condition);
}

/** Every leaf of a condition tree with its path below the condition. */
export function leaves(
  condition: Condition,
  path: (string | number)[] = [],
): { leaf: LeafCondition; path: (string | number)[] }[] {
  if ("all" in condition) return condition.all.flatMap((c, i) => leaves(c, [...path, "all", i]));
  if ("any" in condition) return condition.any.flatMap((c, i) => leaves(c, [...path, "any", i]));
  if ("not" in condition) return leaves(condition.not, [...path, "not"]);
  return [{ leaf: condition, path }];
}

/** The facts a condition reads. */
export function factsRead(condition: Condition): string[] {
  return [...new Set(leaves(condition).map((l) => l.leaf.fact))];
}
