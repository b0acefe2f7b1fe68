/**
 * The id an organisation gets when its file (a CSV without `organisation_ids`) or its draft (the
 * workbench) gives none: `org-` and ten hex digits of what the organisation is — its Chinese name
 * and its type, the meaning the union of several reports compares (src/aggregates/union.ts).
 *
 * Numbered ids (`org-1`, `org-2`, …) meant that two reports imported or annotated separately both
 * had an `org-1` for different bodies: the second was refused for a clashing id. Ids made from the
 * meaning never clash: two reports that name the same body the same way give it the same id (the
 * union shows it once, with the efforts of both), and different bodies get different ids. Pure and
 * deterministic: the same file gives the same ids on every import.
 */

/**
 * cyrb53: a fast 53-bit string hash (public domain, bryc), deterministic across engines. Exported for
 * its test against the reference values its author publishes.
 */
export function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * `org-<10 hex digits>` of `zh` and `type`. `taken` says which ids are in use already: a second
 * body with the same name and type in one file (or, far less likely, another body whose digits
 * coincide) gets `-2`, `-3`… after it.
 */
export function defaultOrganisationId(zh: string, type: string, taken: (id: string) => boolean): string {
  const base = `org-${cyrb53(`${zh.trim()}\u0000${type}`).toString(16).padStart(14, '0').slice(-10)}`;
  if (!taken(base)) return base;
  let n = 2;
  while (taken(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
