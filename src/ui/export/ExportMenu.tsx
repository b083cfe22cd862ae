import { ChevronDown } from 'lucide-react';
import { Fragment, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { EXPORT_COMMANDS } from '../../store/commands/exportCommands';
import { commandTitle, useCommandView, useRunCommand } from '../commands/CommandRunner';
import './exportMenu.css';

/** The menu's sections: copying, the diagram, the manifest as JSON and as other kinds. */
const SECTIONS: readonly (readonly string[])[] = [
  ['file.saveAs', 'file.copyYaml'],
  ['export.svg', 'export.png'],
  EXPORT_COMMANDS.filter((command) => command.id !== 'export.svg' && command.id !== 'export.png').map(
    (command) => command.id,
  ),
];

/** The "Export" menu: Save As…, Copy YAML, the diagram (SVG, PNG), the manifest as JSON and as any workload kind. */
export function ExportMenu() {
  const run = useRunCommand();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (open) enabledItems(menu.current)[0]?.focus();
  }, [open]);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && !button.current?.contains(event.target as Node))
        setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (focusButton: boolean): void => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };
  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    const all = enabledItems(menu.current);
    const index = all.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => all[(to + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') close(false);
    else return;
    if (event.key !== 'Tab') {
      event.preventDefault();
      event.stopPropagation();
    }
  };
  const choose = (id: string): void => {
    close(true);
    run(id);
  };

  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title="Copy the YAML, export the diagram, JSON or another kind"
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        Export <ChevronDown aria-hidden="true" size={14} />
      </button>
      {open && (
        <ul
          ref={menu}
          id={menuId}
          className="export-menu__list"
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA menu pattern on a list.
          role="menu"
          aria-label="Export"
          onKeyDown={onMenuKeyDown}
        >
          {SECTIONS.map((section, index) => (
            <Fragment key={section[0]}>
              {index > 0 && (
                // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA menu pattern on a list.
                <li role="separator" className="export-menu__separator" />
              )}
              {section.map((id) => (
                <ExportMenuItem key={id} id={id} onChoose={choose} />
              ))}
            </Fragment>
          ))}
        </ul>
      )}
    </div>
  );
}

function ExportMenuItem({ id, onChoose }: { id: string; onChoose(id: string): void }) {
  const view = useCommandView(id);
  const disabled = view.unavailable !== null;
  return (
    <li
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA menu pattern on a list.
      role="menuitem"
      tabIndex={-1}
      aria-disabled={disabled || undefined}
      className="export-menu__item"
      title={commandTitle(view)}
      onClick={() => !disabled && onChoose(id)}
      onKeyDown={(event) => {
        if ((event.key === 'Enter' || event.key === ' ') && !disabled) {
          event.preventDefault();
          onChoose(id);
        }
      }}
    >
      {view.command.label}
    </li>
  );
}

/** The menu's items that can be chosen, in order (arrow keys move between them). */
function enabledItems(menu: HTMLElement | null): HTMLElement[] {
  return [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];
}
