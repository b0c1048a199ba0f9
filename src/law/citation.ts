/** Citation identity: two citations are the same when law, article and quoted words are the same. */
import type { Citation } from "../schema/rules.js";

/** True when `a` and `b` cite the same words of the same article of the same law. */
export function sameCitation(a: Citation, b: Citation): boolean {
  return a === b || (a.law === b.law && a.article === b.article && a.text === b.text);
}

/** Appends `c` to `list` unless the list already holds the same citation. */
export function addCitation(list: Citation[], c: Citation | null | undefined): void {
  if (!c) return;
  for (let i = 0; i < list.length; i++) if (sameCitation(list[i]!, c)) return;
  list.push(c);
}
