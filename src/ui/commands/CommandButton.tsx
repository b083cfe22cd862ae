import type { LucideIcon } from 'lucide-react';
import { commandTitle, useCommandView, useRunCommand } from './CommandRunner';
import { ariaKeyShortcut } from './platform';

interface CommandButtonProps {
  /** The command of the table this button runs. */
  readonly id: string;
  readonly icon?: LucideIcon;
  /** Shorter words than the command's label, for a crowded toolbar. */
  readonly label?: string;
  /** Shows the icon only; the label stays the accessible name and the tooltip. */
  readonly iconOnly?: boolean;
  /** Fewer words to show ("Share" for "Copy share link"); the whole label stays the accessible name. */
  readonly shortLabel?: string;
  readonly className?: string;
  /** False for a button that only closes what the command toggles ("Hide palette"): it is never shown pressed. */
  readonly showsState?: boolean;
}

/**
 * A button for a command of the table: its label and shortcut in the tooltip, disabled with the
 * reason when it cannot run, pressed when it is a toggle that is on.
 */
export function CommandButton({
  id,
  icon: Icon,
  label,
  iconOnly = false,
  shortLabel,
  className,
  showsState = true,
}: CommandButtonProps) {
  const view = useCommandView(id);
  const run = useRunCommand();
  const text = label ?? view.command.label;
  return (
    <button
      type="button"
      className={['command-button', iconOnly && 'command-button--icon', className].filter(Boolean).join(' ')}
      onClick={() => run(id)}
      disabled={view.unavailable !== null}
      aria-pressed={showsState ? view.checked : undefined}
      aria-label={iconOnly || shortLabel ? text : undefined}
      aria-keyshortcuts={view.command.shortcuts?.map(ariaKeyShortcut).join(' ')}
      title={commandTitle(view, label ?? view.description)}
    >
      {Icon && <Icon aria-hidden="true" size={16} strokeWidth={2} />}
      {!iconOnly && <span>{shortLabel ?? text}</span>}
    </button>
  );
}
