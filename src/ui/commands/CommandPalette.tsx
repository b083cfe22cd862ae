import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Command } from '../../store/commands/command';
import { CATALOG_COMMANDS } from '../../store/commands/catalogCommands';
import { COMMANDS } from '../../store/commands/commandTable';
import { matchCommands } from '../../store/commands/matchCommands';
import type { DesignerState } from '../../store/designerStore';
import { useDesigner, useDesignerStore } from '../app/DesignerStoreContext';
import { useModalDialog } from '../kit/useModalDialog';
import { useRunCommand } from './CommandRunner';
import { shortcutText } from './platform';
import './commandPalette.css';

const GROUP_NAMES: Readonly<Record<Command['group'], string>> = {
  file: 'File',
  export: 'Export',
  edit: 'Edit',
  view: 'View',
  learn: 'Learn',
  share: 'Share',
};

/** The table's commands and one per template and exercise. */
const PALETTE_COMMANDS: readonly Command[] = [...COMMANDS, ...CATALOG_COMMANDS];

/** Why each listed command cannot run now (null when it can), read once per change of the state. */
function unavailableReasons(state: DesignerState, commands: readonly Command[]): readonly (string | null)[] {
  return commands.map((command) => command.unavailable?.(state) ?? null);
}

/**
 * The command palette (Ctrl/⌘+K): every command of the table, filtered by what is typed; arrow
 * keys choose, Enter runs. Each entry shows its shortcut; one that cannot run now says why.
 */
export function CommandPalette() {
  const store = useDesignerStore();
  const run = useRunCommand();
  const dialogRef = useModalDialog();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const shown = useMemo(() => matchCommands(PALETTE_COMMANDS, query), [query]);
  const reasons = useDesigner(useShallow((state) => unavailableReasons(state, shown)));
  const reasonOf = (index: number): string | null => reasons[index] ?? null;
  const current = Math.min(active, shown.length - 1);
  const optionId = (index: number) => `${listId}-${index}`;

  const close = () => store.getState().closeDialog();
  const choose = (index: number): void => {
    const command = shown[index];
    if (!command || reasonOf(index)) return;
    close();
    run(command);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const move = (to: number) => {
      setActive((to + shown.length) % Math.max(1, shown.length));
      event.preventDefault();
    };
    if (event.key === 'ArrowDown') move(current + 1);
    else if (event.key === 'ArrowUp') move(current - 1);
    else if (event.key === 'PageDown') move(Math.min(shown.length - 1, current + 8));
    else if (event.key === 'PageUp') move(Math.max(0, current - 8));
    else if (event.key === 'Enter') {
      event.preventDefault();
      choose(current);
    }
  };

  return (
    <dialog ref={dialogRef} className="command-palette" aria-label="Command palette" onClose={close}>
      <input
        className="command-palette__input"
        role="combobox"
        aria-label="Command"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown.length > 0 ? optionId(current) : undefined}
        placeholder="Type a command: export, lifecycle, add sidecar…"
        value={query}
        autoFocus
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <div id={listId} className="command-palette__list" role="listbox" aria-label="Commands">
        {shown.map((command, index) => {
          const reason = reasonOf(index);
          return (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input above handles the keys of this list
            <div
              key={command.id}
              id={optionId(index)}
              role="option"
              tabIndex={-1}
              aria-selected={index === current}
              aria-disabled={reason !== null || undefined}
              className="command-palette__option"
              onClick={() => choose(index)}
              onPointerMove={() => index !== current && setActive(index)}
              ref={(element) => {
                if (index === current) element?.scrollIntoView({ block: 'nearest' });
              }}
            >
              <span className="command-palette__group">{GROUP_NAMES[command.group]}</span>
              <span className="command-palette__label">
                {command.label}
                {reason && <span className="command-palette__reason"> — {reason}</span>}
              </span>
              <span className="command-palette__shortcuts">
                {command.shortcuts?.map((shortcut) => (
                  <kbd key={shortcut}>{shortcutText(shortcut)}</kbd>
                ))}
              </span>
            </div>
          );
        })}
      </div>
      <p className="command-palette__status" role="status">
        {shown.length === 0 ? 'No command matches.' : `${shown.length} commands · ↑↓ choose · Enter runs · Esc closes`}
      </p>
    </dialog>
  );
}
