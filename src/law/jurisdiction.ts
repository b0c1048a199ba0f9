/** The jurisdiction chain: a lower jurisdiction (`shanghai/qingpu`) falls back on its parents (`shanghai`). */

/** The jurisdiction and its parents, nearest first: `a/b/c` → `a/b/c`, `a/b`, `a`. */
export function jurisdictionChain(id: string): string[] {
  const out: string[] = [];
  for (let j: string | undefined = id; j; j = j.includes("/") ? j.slice(0, j.lastIndexOf("/")) : undefined) out.push(j);
  return out;
}

/** The nearest jurisdiction in the chain of `id` that `has` holds, if any. */
export function nearest<T>(id: string, get: (j: string) => T | undefined): T | undefined {
  for (let j: string | undefined = id; j; j = j.includes("/") ? j.slice(0, j.lastIndexOf("/")) : undefined) {
    const found = get(j);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The top level of a jurisdiction id (province or municipality): `zhejiang/jiaxing` → `zhejiang`. */
export function topLevel(id: string): string {
  const slash = id.indexOf("/");
  return slash < 0 ? id : id.slice(0, slash);
}
