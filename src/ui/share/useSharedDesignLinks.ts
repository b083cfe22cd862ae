import { useEffect, useRef } from 'react';
import { openSharedDesign } from '../../store/commands/shareCommands';
import { shareFragmentPayload } from '../../store/shareFragment';
import { useDesignerStore } from '../app/DesignerStoreContext';

/** Removes the `#design=…` fragment, so a reload does not open the link again. */
function clearShareFragment(): void {
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
}

/**
 * Opens a share link (`#design=…`) when the page opens or the fragment changes: loads it, asks
 * before replacing other work, or explains why a broken link cannot be opened.
 */
export function useSharedDesignLinks(): void {
  const store = useDesignerStore();
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
      const state = store.getState();
      if (arrival.kind === 'broken') state.showNotice(arrival.message, 'error');
      else if (arrival.kind === 'loaded') state.showNotice('Opened the shared design.', 'info');
      else if (arrival.kind === 'same') state.showNotice('The shared design is the one already open.', 'info');
      else if (arrival.kind === 'ask') state.openDialog({ kind: 'replaceWithSharedDesign', design: arrival.design });
    };
    void arrive();
    const onHashChange = (): void => void arrive();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [store]);
}
