import { selectUnsavedChanges } from '../../store/session/openedFileSlice';
import { useDesigner } from './DesignerStoreContext';

/**
 * The status strip's file item: which file the design belongs to and whether it has unsaved
 * changes. Nothing for a new design (it belongs to no file yet).
 */
export function OpenedFileStatus() {
  const name = useDesigner((state) => state.openedFile?.name ?? null);
  const unsaved = useDesigner(selectUnsavedChanges);
  const canWriteBack = useDesigner((state) => state.openedFile?.writable != null);
  if (name === null) return null;
  return (
    <span
      className={unsaved ? 'status-strip__item status-strip__file is-unsaved' : 'status-strip__item status-strip__file'}
      title={
        canWriteBack
          ? `${name}: Save writes back to it`
          : `${name}: this browser cannot write back to it; Save As downloads a copy`
      }
    >
      <span className="status-strip__file-name">{name}</span> · {unsaved ? 'unsaved changes' : 'saved'}
    </span>
  );
}
