import { useEffect, useState } from 'react';
import { useDesignerStore } from './DesignerStoreContext';
import { droppedFileHandle, writableFileOf } from '../kit/fileSystemAccess';
import { readTextFile } from './readTextFile';

function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    Boolean(target.closest('.monaco-editor')) ||
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA'].includes(target.tagName)
  );
}

/** A manifest pasted outside the editor looks like Kubernetes YAML: it names a kind. */
function looksLikeManifest(text: string): boolean {
  return /^\s*kind\s*:/m.test(text) && /^\s*apiVersion\s*:/m.test(text);
}

/**
 * Opening a manifest by dropping a file anywhere on the window, or by pasting its text anywhere
 * outside the editor. Returns whether a file is being dragged over the window.
 */
export function useFileDropAndPaste(): boolean {
  const store = useDesignerStore();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const onDragEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDragOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = async (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      // Asked before the first await: the browser empties the drop's items when the event ends.
      const handle = droppedFileHandle(event.dataTransfer?.items[0]);
      const text = await readTextFile(file, (message) => store.getState().showNotice(message, 'error'));
      if (text === null) return;
      const writable = await handle;
      store.getState().loadText(text, `Open ${file.name}`, {
        report: true,
        file: { name: file.name, lastModified: file.lastModified, writable: writable && writableFileOf(writable) },
      });
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTextTarget(event.target)) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!looksLikeManifest(text)) return;
      event.preventDefault();
      store.getState().loadText(text, 'Paste manifest', { report: true });
      store.getState().showNotice('Pasted manifest opened. Undo (Ctrl+Z) brings back what you had.', 'info');
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('paste', onPaste);
    };
  }, [store]);
  return dragging;
}
