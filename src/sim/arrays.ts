/** Small helpers on typed arrays shared by the layers. */

/** True when `a` and `b` hold the same numbers in the same order (either may be null: equal only to null). */
export function sameArray(a: ArrayLike<number> | null, b: ArrayLike<number> | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
