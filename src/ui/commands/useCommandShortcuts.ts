import { useEffect } from 'react';
import { COMMANDS } from '../../store/commands/commandTable';
import { matchesShortcut } from '../../store/commands/shortcut';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { useRunCommand } from './CommandRunner';
import { PLATFORM } from './platform';

/** Keys typed into a form field belong to it: undo there is the field's own, Alt+letter types a character. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Shortcuts that repeat while the keys are held; and the ones a form field keeps for itself. */
const HISTORY = new Set(['edit.undo', 'edit.redo']);

/**
 * The keyboard shortcuts of the command table, anywhere in the window. The YAML editor runs them
 * through its own key bindings (it reads the same table); dialogs and menus keep their keys. A
 * command that cannot run now leaves the key alone (Escape with nothing to leave, Ctrl+Z with
 * nothing to undo).
 */
export function useCommandShortcuts(): void {
  const store = useDesignerStore();
  const run = useRunCommand();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('.monaco-editor, dialog, [role="menu"]')) return;
      const command = COMMANDS.find((candidate) =>
        candidate.shortcuts?.some((shortcut) => matchesShortcut(event, shortcut, PLATFORM)),
      );
      if (!command) return;
      const withMod = event.ctrlKey || event.metaKey;
      if (isTextField(event.target) && (!withMod || HISTORY.has(command.id))) return;
      if (command.unavailable?.(store.getState())) return;
      event.preventDefault();
      // A held key runs a toggle once (and keeps the browser's own Ctrl+S away); undo repeats.
      if (!event.repeat || HISTORY.has(command.id)) run(command.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, run]);
}
