import type { Command } from './command';

/** The command palette's order of groups when nothing is typed. */
const GROUP_ORDER: readonly Command['group'][] = ['file', 'edit', 'view', 'learn', 'share', 'export'];

/** How well a command matches every word typed: by its label first, then its group and keywords; 0 is no match. */
function score(command: Command, words: readonly string[]): number {
  const label = command.label.toLowerCase();
  const rest = `${command.group} ${command.id} ${(command.keywords ?? []).join(' ')}`.toLowerCase();
  let total = 0;
  for (const word of words) {
    if (label.startsWith(word)) total += 4;
    else if (label.split(/[\s:…]+/).some((part) => part.startsWith(word))) total += 3;
    else if (label.includes(word)) total += 2;
    else if (rest.includes(word)) total += 1;
    else return 0;
  }
  return total;
}

/**
 * The commands the palette lists for what was typed: every word must appear in the label, the
 * group or the keywords; best matches first, table order among equals. Nothing typed lists all, by group.
 * @example matchCommands(COMMANDS, 'exp yaml')[0].id === 'file.exportYaml'
 */
export function matchCommands(commands: readonly Command[], query: string): Command[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0)
    return [...commands].sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group));
  return commands
    .map((command, index) => ({ command, index, score: score(command, words) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.command);
}
