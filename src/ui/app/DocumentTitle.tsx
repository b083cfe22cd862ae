import { useEffect } from 'react';
import { selectUnsavedChanges } from '../../store/session/openedFileSlice';
import { useDesigner } from './DesignerStoreContext';

/**
 * The window's title names the opened file and marks unsaved changes ("• bookinfo.yaml — Pod Designer"), as editors do.
 * A component of its own that renders nothing: the first keystroke after opening a file flips
 * "unsaved", and only this re-renders, not the shell around it.
 */
export function DocumentTitle(): null {
  const name = useDesigner((state) => state.openedFile?.name ?? null);
  const unsaved = useDesigner(selectUnsavedChanges);
  useEffect(() => {
    document.title = name === null ? 'Pod Designer' : `${unsaved ? '• ' : ''}${name} — Pod Designer`;
  }, [name, unsaved]);
  return null;
}
