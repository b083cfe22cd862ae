import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Command, CommandEffects } from '../../store/commands/command';
import { commandById, runCommand } from '../../store/commands/commandTable';
import { useDesigner, useDesignerStore } from '../app/DesignerStoreContext';
import { shortcutText } from './platform';

/** Runs a command of the table by its id, or a command given whole (the palette's template and exercise commands). */
type RunCommand = (command: string | Command) => unknown;

const CommandRunnerContext = createContext<RunCommand | null>(null);

/** Gives the app one way to run a command of the table, with the browser's effects. */
export function CommandRunnerProvider({ effects, children }: { effects: CommandEffects; children: ReactNode }) {
  const store = useDesignerStore();
  const run = useMemo<RunCommand>(
    () => (command) => runCommand(typeof command === 'string' ? commandById(command) : command, { store, effects }),
    [store, effects],
  );
  return <CommandRunnerContext.Provider value={run}>{children}</CommandRunnerContext.Provider>;
}

/** Runs a command of the table by its id (or a command given whole). */
export function useRunCommand(): RunCommand {
  const run = useContext(CommandRunnerContext);
  if (!run) throw new Error('useRunCommand must be used inside <CommandRunnerProvider>');
  return run;
}

/** What a button or menu item shows of a command now: whether it can run, whether it is on, its shortcut. */
export interface CommandView {
  readonly command: Command;
  /** Why it cannot run now, or null. */
  readonly unavailable: string | null;
  /** On or off for a toggle; undefined for an action. */
  readonly checked: boolean | undefined;
  /** The first shortcut as this platform writes it, or null. */
  readonly shortcut: string | null;
  /** The label with what the command acts on now (see Command.describe). */
  readonly description: string;
}

export function useCommandView(id: string): CommandView {
  const command = commandById(id);
  const unavailable = useDesigner((state) => command.unavailable?.(state) ?? null);
  const checked = useDesigner((state) => command.checked?.(state));
  const description = useDesigner((state) => command.describe?.(state) ?? command.label);
  const first = command.shortcuts?.[0];
  return { command, unavailable, checked, shortcut: first ? shortcutText(first) : null, description };
}

/** A tooltip that names the action, its shortcut, and why it cannot run when it cannot. */
export function commandTitle(view: CommandView, label = view.description): string {
  const named = view.shortcut ? `${label} (${view.shortcut})` : label;
  return view.unavailable ? `${named}: ${view.unavailable}` : named;
}
