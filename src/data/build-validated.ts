/**
 * The one exception to "every dataset is validated when it is read" (issue 12): the dataset the
 * app ships with was validated when the app was built (scripts/vite-first-screen.ts), with this
 * same validator, and the build embedded the SHA-256 of those bytes. Bytes fetched from the bundled
 * URL that hash to exactly that value are that file, so validating them again would only repeat
 * the build's verdict. Any other bytes — an edited or damaged file, another URL, a user's import —
 * take the full validation.
 */

/** SHA-256 of the bundled dataset as validated by the build; null when the build could not vouch for it. */
export const BUILD_VALIDATED_SHA256: string | null = __BUNDLED_DATASET_SHA256__;

/** Hex SHA-256 of `bytes`, or null where Web Crypto is unavailable (plain HTTP on another host). */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
    return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return null;
  }
}

/** Whether `bytes` are exactly what the build validated (`expected`); false whenever in doubt. */
export async function isBuildValidated(
  bytes: ArrayBuffer,
  expected: string | null = BUILD_VALIDATED_SHA256,
): Promise<boolean> {
  if (expected === null) return false;
  return (await sha256Hex(bytes)) === expected;
}
