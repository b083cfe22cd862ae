import type { WritableFile } from '../../store/session/openedFileSlice';

/**
 * The File System Access API (Chromium-based browsers; not Firefox or Safari): pickers that give
 * a handle Save can write back to. Its pickers are not in TypeScript's DOM library, so the part
 * used here is declared here.
 */
interface FilePickerOptions {
  readonly suggestedName?: string;
  readonly types?: readonly { readonly description: string; readonly accept: Record<string, readonly string[]> }[];
  readonly excludeAcceptAllOption?: boolean;
}

interface FileSystemAccessWindow {
  showOpenFilePicker?(options?: FilePickerOptions): Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?(options?: FilePickerOptions): Promise<FileSystemFileHandle>;
}

/** A handle's permission calls: in Chromium, not yet in TypeScript's DOM library. */
interface PermissionedHandle {
  queryPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
}

const MANIFEST_TYPES: FilePickerOptions['types'] = [
  {
    description: 'Kubernetes manifest',
    accept: { 'application/yaml': ['.yaml', '.yml'], 'application/json': ['.json'] },
  },
];

const fileSystemAccess = (): FileSystemAccessWindow => window as unknown as FileSystemAccessWindow;

/** Whether this browser has the File System Access pickers. */
export function hasFileSystemAccess(): boolean {
  const access = fileSystemAccess();
  return typeof access.showOpenFilePicker === 'function' && typeof access.showSaveFilePicker === 'function';
}

/** A cancelled picker rejects with an AbortError: that is a choice, not a failure. */
function isCancel(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Lets Save write to a handle: what `write` does through the browser's handle. */
export function writableFileOf(handle: FileSystemFileHandle): WritableFile {
  const lastModified = async () => (await handle.getFile()).lastModified;
  return {
    name: handle.name,
    lastModified,
    async write(content) {
      // A handle from the open picker may read only: the browser asks the user once for writing.
      const permissioned = handle as FileSystemFileHandle & PermissionedHandle;
      if ((await permissioned.queryPermission?.({ mode: 'readwrite' })) === 'prompt')
        await permissioned.requestPermission?.({ mode: 'readwrite' });
      const stream = await handle.createWritable();
      await stream.write(content);
      await stream.close();
      return lastModified().catch(() => null);
    },
  };
}

/** The open picker: the file chosen and its handle; null when cancelled. */
export async function pickFileToOpen(): Promise<{ readonly file: File; readonly handle: FileSystemFileHandle } | null> {
  try {
    const [handle] = (await fileSystemAccess().showOpenFilePicker?.({ types: MANIFEST_TYPES })) ?? [];
    return handle ? { file: await handle.getFile(), handle } : null;
  } catch (error) {
    if (isCancel(error)) return null;
    throw error;
  }
}

/** The save picker, suggesting `suggestedName`; null when cancelled. */
export async function pickFileToSave(suggestedName: string): Promise<WritableFile | null> {
  try {
    const handle = await fileSystemAccess().showSaveFilePicker?.({ suggestedName, types: MANIFEST_TYPES });
    return handle ? writableFileOf(handle) : null;
  } catch (error) {
    if (isCancel(error)) return null;
    throw error;
  }
}

interface HandleItem {
  getAsFileSystemHandle?(): Promise<FileSystemHandle | null>;
}

/**
 * The handle of a file dropped on the page, where the browser gives one. It must be asked for
 * during the drop event itself (the items are emptied afterwards), so this returns the promise.
 */
export function droppedFileHandle(item: DataTransferItem | undefined): Promise<FileSystemFileHandle | null> {
  let asked: Promise<FileSystemHandle | null> | undefined;
  try {
    asked = (item as (DataTransferItem & HandleItem) | undefined)?.getAsFileSystemHandle?.();
  } catch {
    // An item the page made itself (a synthetic drop) has no file behind it.
  }
  if (!asked) return Promise.resolve(null);
  return asked.then(
    (handle) => (handle?.kind === 'file' ? (handle as FileSystemFileHandle) : null),
    () => null,
  );
}
