import { useState } from 'react';
import { shareFragmentOf } from '../../store/shareCommands';
import { SHARE_LIMITS } from '../../store/shareLink';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { ModalDialog } from '../kit/ModalDialog';

/** "Copy share link": the whole design in a URL; shown in a dialog when the clipboard is unavailable. */
export function CopyShareLinkButton() {
  const store = useDesignerStore();
  const [manualLink, setManualLink] = useState<string | null>(null);

  const onCopy = async (): Promise<void> => {
    const base = `${window.location.origin}${window.location.pathname}${window.location.search}`;
    const encoded = await shareFragmentOf(store, base.length);
    if (!encoded.ok) {
      store.getState().showNotice(encoded.message, 'error');
      return;
    }
    const link = `${base}#${encoded.fragment}`;
    const long =
      link.length > SHARE_LIMITS.comfortableUrlLength
        ? ` It is long (${link.length.toLocaleString('en')} characters): some mail and chat apps cut such links.`
        : '';
    try {
      await navigator.clipboard.writeText(link);
      store
        .getState()
        .showNotice(`Share link copied to the clipboard. Anyone who opens it sees this design.${long}`, 'info');
    } catch {
      setManualLink(link);
    }
  };

  return (
    <>
      <button type="button" onClick={() => void onCopy()}>
        Copy share link
      </button>
      {manualLink && (
        <ModalDialog
          title="Share link"
          onCancel={() => setManualLink(null)}
          actions={
            <button type="button" onClick={() => setManualLink(null)}>
              Close
            </button>
          }
        >
          <p>The browser did not allow copying. Select the link and copy it (Ctrl+C):</p>
          <label className="share-link__field">
            <span>Share link</span>
            <input
              type="text"
              readOnly
              value={manualLink}
              // biome-ignore lint/a11y/noAutofocus: the dialog exists to copy this link; focus goes to it (WAI-ARIA dialog pattern).
              autoFocus
              onFocus={(event) => event.currentTarget.select()}
            />
          </label>
        </ModalDialog>
      )}
    </>
  );
}
