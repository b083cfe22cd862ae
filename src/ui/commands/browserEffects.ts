import type { CommandEffects } from '../../store/commands/command';
import type { DesignerStore } from '../../store/designerStore';
import { readTextFile } from '../app/readTextFile';
import { downloadBlob } from '../kit/download';
import { hasFileSystemAccess, pickFileToOpen, pickFileToSave, writableFileOf } from '../kit/fileSystemAccess';

/** Asks for a file with the browser's file chooser; resolves null when the user cancels. */
function chooseFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/** Where keyboard focus goes when a command shows a part of the workspace. */
const FOCUS_TARGETS: Readonly<Record<'yaml' | 'canvas', string>> = {
  yaml: '.yaml-editor textarea, .yaml-editor__fallback',
  canvas: '.react-flow__node[tabindex], .canvas-pane .react-flow',
};

/** The effects of commands in this browser: downloads, the clipboard, the file chooser, focus. */
export function createBrowserEffects(store: DesignerStore): CommandEffects {
  return {
    download({ name, content, type }) {
      downloadBlob(name, typeof content === 'string' ? new Blob([content], { type: type ?? 'text/plain' }) : content);
    },
    async copyText(text) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
    async chooseTextFile() {
      const onError = (message: string) => store.getState().showNotice(message, 'error');
      // Where the browser can, the file comes with a handle Save writes back to.
      if (hasFileSystemAccess()) {
        const picked = await pickFileToOpen().catch((error: unknown) => {
          onError(`The file could not be opened: ${error instanceof Error ? error.message : String(error)}`);
          return null;
        });
        if (!picked) return null;
        const text = await readTextFile(picked.file, onError);
        return text === null
          ? null
          : {
              name: picked.file.name,
              text,
              lastModified: picked.file.lastModified,
              writable: writableFileOf(picked.handle),
            };
      }
      const file = await chooseFile('.yaml,.yml,.json,application/yaml,text/yaml,text/plain');
      if (!file) return null;
      const text = await readTextFile(file, onError);
      return text === null ? null : { name: file.name, text, lastModified: file.lastModified };
    },
    canWriteFiles: hasFileSystemAccess,
    chooseSaveFile: (suggestedName) => pickFileToSave(suggestedName),
    // The browser's own question: modal, and read out by screen readers.
    confirm: async (question) => window.confirm(question),
    // Drawing a PNG is a chunk of its own, loaded on the first PNG export.
    svgToPng: async (svg, scale) => (await import('../kit/svgToPng')).svgToPng(svg, scale),
    pageAddress: () => `${window.location.origin}${window.location.pathname}${window.location.search}`,
    focus(target) {
      // The panel appears with the next render: focus it then.
      requestAnimationFrame(() => document.querySelector<HTMLElement>(FOCUS_TARGETS[target])?.focus());
    },
  };
}
