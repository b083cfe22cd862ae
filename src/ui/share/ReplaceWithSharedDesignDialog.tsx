import { replaceWithSharedDesign } from '../../store/commands/shareCommands';
import type { DocumentSnapshot } from '../../store/documentSnapshot';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { ModalDialog } from '../kit/ModalDialog';

/** Asks before a share link replaces the design the user is working on. */
export function ReplaceWithSharedDesignDialog({ design }: { design: DocumentSnapshot }) {
  const store = useDesignerStore();
  const keep = (): void => {
    store.getState().closeDialog();
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
              store.getState().closeDialog();
              replaceWithSharedDesign(store, design);
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
