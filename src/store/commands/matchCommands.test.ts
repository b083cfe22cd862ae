import { describe, expect, it } from 'vitest';
import { COMMANDS } from './commandTable';
import { matchCommands } from './matchCommands';

const ids = (query: string) => matchCommands(COMMANDS, query).map((command) => command.id);

describe('finding a command by what was typed', () => {
  it('lists every command, grouped, when nothing is typed', () => {
    const all = matchCommands(COMMANDS, '  ');
    expect(all).toHaveLength(COMMANDS.length);
    expect(all[0]?.group).toBe('file');
    expect(all.at(-1)?.group).toBe('export');
  });

  it('puts the label that starts with the words first', () => {
    expect(ids('export yaml')[0]).toBe('file.exportYaml');
    expect(ids('undo')[0]).toBe('edit.undo');
    expect(ids('pres')[0]).toBe('view.presenter');
  });

  it('finds commands by their keywords and needs every word to match', () => {
    expect(ids('save')).toEqual(expect.arrayContaining(['file.save', 'file.saveAs', 'file.exportYaml']));
    expect(ids('statefulset')).toEqual(
      expect.arrayContaining(['edit.changeKindToStatefulSet', 'export.asStatefulSet']),
    );
    expect(ids('export zebra')).toEqual([]);
  });
});
