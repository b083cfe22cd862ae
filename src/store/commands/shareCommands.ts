import type { DesignerStore } from '../designerStore';
import type { DocumentSnapshot } from '../documentSnapshot';
import { shareFragmentPayload } from '../shareFragment';
import type { ShareLinkEncoded } from '../shareLink';
import type { Command } from './command';

/** What opening a URL fragment led to. */
export type SharedDesignArrival =
  /** The fragment holds no design (no `#design=`). */
  | { readonly kind: 'none' }
  /** The link is broken or too large: nothing was changed. */
  | { readonly kind: 'broken'; readonly message: string }
  /** The link holds the design already open. */
  | { readonly kind: 'same' }
  /** The design was loaded (there was no work to lose). */
  | { readonly kind: 'loaded' }
  /** The user has other work: ask before replacing it with `design`. */
  | { readonly kind: 'ask'; readonly design: DocumentSnapshot };

/** The share link's coding (compression, checks): a chunk of its own, loaded when a link is made or opened. */
const loadShareLink = () => import('../shareLink');

/** The design of the store as a share fragment (`design=…`). */
export async function shareFragmentOf(store: DesignerStore, baseUrlLength: number): Promise<ShareLinkEncoded> {
  const { encodeShareFragment } = await loadShareLink();
  const { text, positions, workloadRef } = store.getState();
  return encodeShareFragment({ text, positions, workloadRef }, baseUrlLength);
}

/**
 * Reads a share link's fragment. An empty design is replaced right away (one undo step); a
 * different one is kept until the user confirms with {@link replaceWithSharedDesign}. A broken
 * link never touches the current design.
 */
export async function openSharedDesign(store: DesignerStore, hash: string): Promise<SharedDesignArrival> {
  const payload = shareFragmentPayload(hash);
  if (payload === null) return { kind: 'none' };
  const { decodeSharePayload, sameDesign } = await loadShareLink();
  const decoded = await decodeSharePayload(payload);
  if (!decoded.ok) return { kind: 'broken', message: decoded.message };
  const { text, positions, workloadRef } = store.getState();
  if (sameDesign({ text, positions, workloadRef }, decoded.design)) return { kind: 'same' };
  if (text.trim() === '') {
    replaceWithSharedDesign(store, decoded.design);
    return { kind: 'loaded' };
  }
  return { kind: 'ask', design: decoded.design };
}

/** Replaces the design with a shared one, as one undo step. */
export function replaceWithSharedDesign(store: DesignerStore, design: DocumentSnapshot): void {
  store.getState().loadDesign(design, 'Open share link');
}

/** "Copy share link": the whole design in a URL; shown in a dialog to copy by hand when the clipboard is refused. */
export const SHARE_COMMANDS: readonly Command[] = [
  {
    id: 'share.copyLink',
    label: 'Copy share link',
    group: 'share',
    keywords: ['url', 'link', 'send', 'colleague'],
    run: async ({ store, effects }) => {
      const base = effects.pageAddress();
      const encoded = await shareFragmentOf(store, base.length);
      if (!encoded.ok) {
        store.getState().showNotice(encoded.message, 'error');
        return null;
      }
      const link = `${base}#${encoded.fragment}`;
      if (await effects.copyText(link)) {
        const { SHARE_LIMITS } = await loadShareLink();
        const long =
          link.length > SHARE_LIMITS.comfortableUrlLength
            ? ` It is long (${link.length.toLocaleString('en')} characters): some mail and chat apps cut such links.`
            : '';
        store
          .getState()
          .showNotice(`Share link copied to the clipboard. Anyone who opens it sees this design.${long}`, 'info');
      } else {
        store.getState().openDialog({ kind: 'shareLink', link });
      }
      return link;
    },
  },
];
