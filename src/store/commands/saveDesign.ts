import type { DesignerState } from '../designerStore';
import { exportFileName } from '../exportFileName';
import { selectCurrentWorkload } from '../selectors';
import type { WritableFile } from '../session/openedFileSlice';
import type { CommandContext } from './command';

/**
 * The name the manifest is saved or exported under: the opened file's own (bookinfo.yaml stays
 * bookinfo.yaml), or for a new design the designed workload's name.
 */
export function manifestFileName(state: DesignerState, extension = 'yaml', fallback = 'manifest'): string {
  const opened = state.openedFile?.name;
  if (!opened) return exportFileName(selectCurrentWorkload(state)?.name, extension, fallback);
  if (extension === 'yaml') return opened;
  return `${opened.replace(/\.(ya?ml|json)$/i, '')}.${extension}`;
}

/** What the user is told when the browser cannot write files at all. */
const NO_FILE_SYSTEM_ACCESS =
  'this browser cannot write to files on disk (it has no File System Access, as Firefox and Safari have not).';

/**
 * Save: writes the design back to the file it was opened from or last saved to, asking first when
 * that file changed on disk since. With no file to write to it asks where (Save As). Returns the
 * name written, or null.
 */
export async function saveDesign(context: CommandContext): Promise<string | null> {
  const { store, effects } = context;
  const opened = store.getState().openedFile;
  if (!effects.canWriteFiles()) {
    store
      .getState()
      .showNotice(
        `Not saved: ${NO_FILE_SYSTEM_ACCESS} Save As… (Ctrl+Shift+S) downloads ${manifestFileName(store.getState())} instead.`,
        'error',
      );
    return null;
  }
  if (!opened?.writable) return saveDesignAs(context);
  const onDisk = await opened.writable.lastModified().catch(() => null);
  if (
    opened.lastModified !== null &&
    onDisk !== null &&
    onDisk !== opened.lastModified &&
    !(await effects.confirm(
      `${opened.name} was changed on disk after you opened it here. Replace it with this design (the other changes are lost)?`,
    ))
  ) {
    store.getState().showNotice(`Not saved: ${opened.name} keeps the changes made elsewhere.`, 'info');
    return null;
  }
  return writeDesign(context, opened.writable);
}

/**
 * Save As: asks where to save (suggesting the opened file's name) and writes there; the design
 * then belongs to the new file. Without File System Access it downloads the file instead.
 * Returns the name written or downloaded, or null.
 */
export async function saveDesignAs(context: CommandContext): Promise<string | null> {
  const { store, effects } = context;
  const state = store.getState();
  const name = manifestFileName(state);
  if (!effects.canWriteFiles()) {
    warnIfUnparsed(context);
    effects.download({ name, content: state.text, type: 'application/yaml' });
    return name;
  }
  const target = await effects.chooseSaveFile(name);
  return target ? writeDesign(context, target) : null;
}

/** Writes the design to `target`, which then is the opened file; says why when the browser refuses. */
async function writeDesign(context: CommandContext, target: WritableFile): Promise<string | null> {
  const { store } = context;
  const text = store.getState().text;
  try {
    const lastModified = await target.write(text);
    store.getState().fileSaved({ name: target.name, writable: target }, text, lastModified);
    warnIfUnparsed(context);
    return target.name;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    store
      .getState()
      .showNotice(`${target.name} could not be written (${reason}). Save As… saves it elsewhere.`, 'error');
    return null;
  }
}

/** A file saved with a YAML error is saved as typed, but kubectl will refuse it: say so. */
function warnIfUnparsed({ store }: CommandContext): void {
  if (!store.getState().parse.ok)
    store
      .getState()
      .showNotice('Saved as typed, but the YAML has an error: kubectl will refuse it until it is fixed.', 'error');
}
