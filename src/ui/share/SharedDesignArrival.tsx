import { useEffect, useRef, useState } from 'react';
import type { DocumentSnapshot } from '../../store/documentSnapshot';
import { openSharedDesign, replaceWithSharedDesign } from '../../store/shareCommands';
import { shareFragmentPayload } from '../../store/shareLink';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { ModalDialog } from '../kit/ModalDialog';

/** Removes the `#design=…` fragment, so a reload does not open the link again. */
function clearShareFragment(): void {
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
}

/**
 * Opens a share link (`#design=…`) when the page opens or the fragment changes: loads it, asks
 * before replacing other work, or explains why a broken link cannot be opened.
 */
export function SharedDesignArrival() {
  const store = useDesignerStore();
  const [pending, setPending] = useState<DocumentSnapshot | null>(null);
  // The link being opened: React's development double effects must not open it twice, nor drop it.
  const opening = useRef<string | null>(null);

  useEffect(() => {
    const arrive = async (): Promise<void> => {
      const hash = window.location.hash;
      if (shareFragmentPayload(hash) === null || opening.current === hash) return;
      opening.current = hash;
      clearShareFragment();
      const arrival = await openSharedDesign(store, hash);
      opening.current = null;
      if (arrival.kind === 'broken') store.getState().showNotice(arrival.message, 'error');
      else if (arrival.kind === 'loaded') store.getState().showNotice('Opened the shared design.', 'info');
      else if (arrival.kind === 'same')
        store.getState().showNotice('The shared design is the one already open.', 'info');
      else if (arrival.kind === 'ask') setPending(arrival.design);
    };
    void arrive();
    const onHashChange = (): void => void arrive();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [store]);

  if (!pending) return null;
  const keep = (): void => {
    setPending(null);
    store.getState().showNotice('Kept your design; the shared one was not opened.', 'info');
  };
  return (
    <ModalDialog
      title="Replace your current design?"
      onCancel={keep}
      actions={
        <>
          {/* biome-ignore lint/a11y/noAutofocus: a dialog moves focus into itself (WAI-ARIA dialog pattern). */}
          <button type="button" onClick={keep} autoFocus>
            Keep mine
          </button>
          <button
            type="button"
            className="button--primary"
            onClick={() => {
              replaceWithSharedDesign(store, pending);
              setPending(null);
              store.getState().showNotice('Opened the shared design. Undo (Ctrl+Z) brings yours back.', 'info');
            }}
          >
            Replace
          </button>
        </>
      }
    >
      <p>This link holds a shared design. Opening it replaces the design you are working on; Undo brings yours back.</p>
    </ModalDialog>
  );
}
