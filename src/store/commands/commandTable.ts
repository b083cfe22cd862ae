import type { Command, CommandContext } from './command';
import { EDIT_COMMANDS } from './editCommands';
import { EXPORT_COMMANDS } from './exportCommands';
import { FILE_COMMANDS } from './fileCommands';
import { KUBERNETES_COMMANDS } from './kubernetesCommands';
import { LEARN_COMMANDS } from './learnCommands';
import { REVEAL_COMMANDS } from './revealCommands';
import { SHARE_COMMANDS } from './shareCommands';
import { VIEW_COMMANDS } from './viewCommands';

/**
 * Every user action of the app, once. The toolbar and menus show entries of it, the keyboard
 * shortcuts and the YAML editor's key bindings run them, the command palette lists them all.
 *
 * A new action is an entry in its group's file (`group.action` id, a label that says what it does,
 * `unavailable` when it can fail); a button shows it with `<CommandButton id="…">`, the palette
 * lists it by itself. A shortcut must be unique (commandTable.test.ts) and have a check in
 * e2e/shortcuts.spec.ts. Actions that need an argument from a form or a drop (rename, mount) are
 * helpers beside the table (canvasCommands.ts, inspectorCommands.ts …), never setState calls.
 */
export const COMMANDS: readonly Command[] = [
  ...FILE_COMMANDS,
  ...EXPORT_COMMANDS,
  ...EDIT_COMMANDS,
  ...VIEW_COMMANDS,
  ...KUBERNETES_COMMANDS,
  ...REVEAL_COMMANDS,
  ...LEARN_COMMANDS,
  ...SHARE_COMMANDS,
];

const BY_ID = new Map(COMMANDS.map((command) => [command.id, command]));

/** The command with this id; throws for an id that is not in the table (a typo in the UI). */
export function commandById(id: string): Command {
  const command = BY_ID.get(id);
  if (!command) throw new Error(`No command "${id}" in the command table`);
  return command;
}

/**
 * Runs a command when it can run now; otherwise tells the user why not and returns null.
 * Returns what the command returns (a promise for commands that wait on the browser).
 */
export function runCommand(command: Command, context: CommandContext): unknown {
  const state = context.store.getState();
  const reason = command.unavailable?.(state) ?? null;
  if (reason !== null) {
    state.showNotice(`${command.label}: ${reason}`, 'info');
    return null;
  }
  return command.run(context);
}
