import type { SetDesignerState } from './sliceTypes';

/**
 * A file on disk the app may write back to: in this browser a File System Access handle, in
 * tests a recording fake. The store only holds it; the browser's effects make it.
 */
export interface WritableFile {
  readonly name: string;
  /** When the file last changed on disk (ms since 1970), or null when the browser cannot tell. */
  lastModified(): Promise<number | null>;
  /** Replaces the file's content; resolves with its new lastModified. Rejects when the browser refuses. */
  write(content: string): Promise<number | null>;
}

/** The file the design was opened from or last saved to. */
export interface OpenedFile {
  readonly name: string;
  /** The text as it was read from or written to the file: the design has unsaved changes while it differs. */
  readonly savedText: string;
  /** When the file had last changed on disk as the app read or wrote it, to notice a change made elsewhere. */
  readonly lastModified: number | null;
  /** Where Save writes; null when the browser gave the file without a way back (an upload, no File System Access). */
  readonly writable: WritableFile | null;
}

/**
 * Which file the design belongs to. Session state: the handle cannot be stored with the document
 * (nor undone with it), and a reload starts without it.
 */
export interface OpenedFileState {
  readonly openedFile: OpenedFile | null;
}

export interface OpenedFileActions {
  /** The design was just written to `file` (Save, Save As): it is now the opened file, with no unsaved changes. */
  fileSaved(
    file: { readonly name: string; readonly writable: WritableFile | null },
    text: string,
    lastModified: number | null,
  ): void;
}

export function createOpenedFileSlice(set: SetDesignerState): OpenedFileState & OpenedFileActions {
  return {
    openedFile: null,
    fileSaved(file, text, lastModified) {
      set({ openedFile: { name: file.name, writable: file.writable, savedText: text, lastModified } });
    },
  };
}

/** Whether the design differs from the file it was opened from or saved to (false with no file). */
export const selectUnsavedChanges = (state: OpenedFileState & { readonly text: string }): boolean =>
  state.openedFile !== null && state.openedFile.savedText !== state.text;
