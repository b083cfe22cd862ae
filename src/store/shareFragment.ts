/**
 * The key of a share link's URL fragment (`#design=…`). Apart from the encoder in shareLink.ts, so
 * that telling whether an address holds a design needs none of the encoding code on the first screen.
 */
export const SHARE_FRAGMENT_KEY = 'design';

/** The encoded design of a URL fragment (`#design=…` or `design=…`), or null when it has none. */
export function shareFragmentPayload(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${SHARE_FRAGMENT_KEY}=`;
  return fragment.startsWith(prefix) ? fragment.slice(prefix.length) : null;
}
