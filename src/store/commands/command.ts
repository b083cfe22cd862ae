import type { DesignerState, DesignerStore } from '../designerStore';
import type { WritableFile } from '../session/openedFileSlice';

/** A text file the user chose, with the way to write it back when the browser gives one. */
export interface ChosenTextFile {
  readonly name: string;
  readonly text: string;
  /** When the file last changed on disk, when the browser says. */
  readonly lastModified?: number | null;
  /** Where Save writes it back (File System Access); absent from an upload. */
  readonly writable?: WritableFile | null;
}

/** Where a command is listed: the toolbar's groups and the command palette's sections. */
type CommandGroup = 'file' | 'export' | 'edit' | 'view' | 'learn' | 'share';

/**
 * What commands may ask of the browser. The store cannot reach the DOM; the app passes the real
 * implementations, unit tests pass recording fakes.
 */
export interface CommandEffects {
  /** Offers a file to save (the browser's download). */
  download(file: { readonly name: string; readonly content: string | Blob; readonly type?: string }): void;
  /** Puts text on the clipboard; false when the browser refuses. */
  copyText(text: string): Promise<boolean>;
  /** Asks the user for a text file; null when they cancel or it cannot be read (the effect says why). */
  chooseTextFile(): Promise<ChosenTextFile | null>;
  /** Whether this browser can write to files the user picks (the File System Access API; Firefox and Safari cannot). */
  canWriteFiles(): boolean;
  /** Asks where to save a new file, suggesting `suggestedName`; null when the user cancels. */
  chooseSaveFile(suggestedName: string): Promise<WritableFile | null>;
  /** Asks the user a yes-or-no question. */
  confirm(question: string): Promise<boolean>;
  /** Draws an SVG document into a PNG at `scale`. */
  svgToPng(svg: string, scale: number): Promise<Blob>;
  /** The address of this page without its fragment: share links append theirs. */
  pageAddress(): string;
  /** Moves keyboard focus into a part of the workspace that a command just showed. */
  focus(target: 'yaml' | 'canvas'): void;
}

export interface CommandContext {
  readonly store: DesignerStore;
  readonly effects: CommandEffects;
}

/**
 * One user action. The toolbar, menus, keyboard shortcuts, the YAML editor and the command palette
 * all read these; none wires an action of its own.
 */
export interface Command {
  /** Stable and unique: `group.action`, e.g. `file.exportYaml`. */
  readonly id: string;
  /** What the action does, as a button or menu item says it: "Export YAML". */
  readonly label: string;
  readonly group: CommandGroup;
  /** Key combinations, the first one shown: "Mod+S" (Mod is Ctrl, or ⌘ on a Mac); see shortcut.ts. */
  readonly shortcuts?: readonly string[];
  /** More words the command palette matches ("save", "download"). */
  readonly keywords?: readonly string[];
  /** Why the command cannot run now, in words for the user; null when it can. */
  readonly unavailable?: (state: DesignerState) => string | null;
  /** The label with what the command would act on now ("Undo Open template: Sidecar"), for tooltips. */
  readonly describe?: (state: DesignerState) => string;
  /** For a toggle: whether it is on now (a pressed toolbar button, a checked menu item). */
  readonly checked?: (state: DesignerState) => boolean;
  /** Does it; returns what it made (the exported file, the new node's id, the panel's new state) for the caller. */
  readonly run: (context: CommandContext) => unknown;
}
