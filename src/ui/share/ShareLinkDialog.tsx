import { useDesignerStore } from '../app/DesignerStoreContext';
import { ModalDialog } from '../kit/ModalDialog';

/** The share link to copy by hand, when the browser did not allow the clipboard. */
export function ShareLinkDialog({ link }: { link: string }) {
  const store = useDesignerStore();
  const close = () => store.getState().closeDialog();
  return (
    <ModalDialog
      title="Share link"
      onCancel={close}
      actions={
        <button type="button" onClick={close}>
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
          value={link}
          // biome-ignore lint/a11y/noAutofocus: the dialog exists to copy this link; focus goes to it (WAI-ARIA dialog pattern).
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
        />
      </label>
    </ModalDialog>
  );
}
