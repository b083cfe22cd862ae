import { describe, expect, it } from 'vitest';
import { findPodTemplate } from '../../catalog/templates';
import { createDesignerStore, type DesignerStore } from '../designerStore';
import { CATALOG_COMMANDS } from './catalogCommands';
import type { CommandContext, CommandEffects } from './command';
import { COMMANDS, commandById, runCommand } from './commandTable';
import { canonicalShortcut, parseShortcut } from './shortcut';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web # serves the site
    image: nginx:1.27
`;

/** Effects that record what a command asked of the browser. */
function recordingEffects(options: { clipboard?: boolean; file?: { name: string; text: string } | null } = {}) {
  const downloads: { name: string; content: string | Blob; type?: string }[] = [];
  const copied: string[] = [];
  const focused: string[] = [];
  const effects: CommandEffects = {
    download: (file) => void downloads.push(file),
    copyText: async (text) => {
      if (options.clipboard === false) return false;
      copied.push(text);
      return true;
    },
    chooseTextFile: async () => options.file ?? null,
    canWriteFiles: () => false,
    chooseSaveFile: async () => null,
    confirm: async () => false,
    svgToPng: async (svg) => new Blob([svg], { type: 'image/png' }),
    pageAddress: () => 'https://pods.example/',
    focus: (target) => void focused.push(target),
  };
  return { effects, downloads, copied, focused };
}

function contextFor(store: DesignerStore, effects = recordingEffects().effects): CommandContext {
  return { store, effects };
}

const withPod = () => createDesignerStore({ text: POD, positions: {}, workloadRef: null });
const reason = (id: string, store: DesignerStore) => commandById(id).unavailable?.(store.getState()) ?? null;

describe('the command table', () => {
  it('gives every command a unique id that starts with its group', () => {
    const ids = [...COMMANDS, ...CATALOG_COMMANDS].map((command) => command.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const command of [...COMMANDS, ...CATALOG_COMMANDS])
      expect(command.id.startsWith(`${command.group}.`), command.id).toBe(true);
  });

  it('gives every command a label, and no two commands the same label', () => {
    const labels = [...COMMANDS, ...CATALOG_COMMANDS].map((command) => command.label);
    expect(labels.every((label) => label.trim().length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('has shortcuts that parse, and no key combination belongs to two commands', () => {
    const owners = new Map<string, string>();
    for (const command of COMMANDS)
      for (const shortcut of command.shortcuts ?? []) {
        expect(() => parseShortcut(shortcut), `${command.id}: ${shortcut}`).not.toThrow();
        const key = canonicalShortcut(shortcut);
        expect(owners.get(key), `${shortcut} of ${command.id}`).toBeUndefined();
        owners.set(key, command.id);
      }
    expect(owners.size).toBeGreaterThan(10);
  });

  it('keeps Ctrl/⌘+K for the command palette, Ctrl/⌘+S for Save and Ctrl/⌘+Shift+S for Save As', () => {
    expect(commandById('view.commandPalette').shortcuts).toContain('Mod+K');
    expect(commandById('file.save').shortcuts).toEqual(['Mod+S']);
    expect(commandById('file.saveAs').shortcuts).toEqual(['Mod+Shift+S']);
    // Ctrl+S must never reach the browser's "save this page": Save can always run.
    expect(commandById('file.save').unavailable).toBeUndefined();
  });

  it('throws for an id that is not in the table', () => {
    expect(() => commandById('file.nothing')).toThrow(/file\.nothing/);
  });
});

describe('when commands can run', () => {
  it('undo needs a step to undo, redo a step undone', () => {
    const store = withPod();
    expect(reason('edit.undo', store)).toBe('Nothing to undo.');
    expect(reason('edit.redo', store)).toBe('Nothing to redo.');
    store.getState().editText(POD.replace('nginx:1.27', 'nginx:1.28'));
    expect(reason('edit.undo', store)).toBeNull();
    expect(runCommand(commandById('edit.undo'), contextFor(store))).toBe('Typing');
    expect(store.getState().text).toBe(POD);
    expect(reason('edit.redo', store)).toBeNull();
  });

  it('changing the kind needs a workload, valid YAML and another kind', () => {
    expect(reason('edit.changeKindToDeployment', createDesignerStore())).toBe(
      'There is no workload in this file to change.',
    );
    const store = withPod();
    expect(reason('edit.changeKindToPod', store)).toBe('It is a Pod already.');
    expect(reason('edit.changeKindToDeployment', store)).toBeNull();
    store.getState().editText(`${POD}  - {`);
    expect(reason('edit.changeKindToDeployment', store)).toMatch(/YAML has an error/);
  });

  it('duplicating needs one selected container; a probe from the palette needs one to attach to', () => {
    const store = withPod();
    expect(reason('edit.duplicateContainer', store)).toBe('Select one container first.');
    expect(reason('edit.add.probe-liveness', store)).toMatch(/Select a container first/);
    expect(reason('edit.add.container', store)).toBeNull();
    store.getState().select(['container:web'], 'canvas');
    expect(reason('edit.duplicateContainer', store)).toBeNull();
    expect(reason('edit.add.probe-liveness', store)).toBeNull();
  });

  it('tidying the layout needs a node the user placed; it brings back the automatic layout and fits the view', () => {
    const store = withPod();
    expect(reason('edit.tidyLayout', store)).toMatch(/automatic layout already/);
    store.getState().moveNodes({ 'container:web': { x: 400, y: 300 } }, 'end');
    expect(reason('edit.tidyLayout', store)).toBeNull();
    const fits = store.getState().canvasFitRequests;
    runCommand(commandById('edit.tidyLayout'), contextFor(store));
    expect(store.getState().positions).toEqual({});
    expect(store.getState().canvasFitRequests).toBe(fits + 1);
    expect(store.getState().history.past.map((step) => step.label)).toEqual(['Move', 'Automatic layout']);
  });

  it('JSON and other kinds are exported from parsed documents only', () => {
    const store = withPod();
    expect(reason('export.json', store)).toBeNull();
    expect(reason('export.asDeployment', store)).toBeNull();
    store.getState().editText(`${POD}  - {`);
    expect(reason('export.json', store)).toMatch(/YAML has an error/);
    expect(reason('export.asDeployment', store)).toMatch(/YAML has an error/);
    expect(reason('export.asDeployment', createDesignerStore())).toMatch(/no workload/);
  });

  it('leaving presenter mode, the explanation and the exercise link need what they act on', () => {
    const store = withPod();
    expect(reason('view.leavePresenter', store)).toBe('Presenter mode is off.');
    expect(reason('learn.explanation', store)).toBe('No template or exercise is open.');
    expect(reason('share.copyExerciseLink', store)).toBe('No exercise is open.');
    store.getState().setPresenting(true);
    const template = findPodTemplate('logging-sidecar');
    if (!template) throw new Error('no template logging-sidecar');
    store.getState().openTemplate(template);
    expect(reason('view.leavePresenter', store)).toBeNull();
    expect(reason('learn.explanation', store)).toBeNull();
    expect(reason('share.copyExerciseLink', store)).toBe('No exercise is open.');
  });

  it('a command that cannot run says why and returns null, changing nothing', () => {
    const store = withPod();
    expect(runCommand(commandById('edit.undo'), contextFor(store))).toBeNull();
    expect(store.getState().notice?.text).toBe('Undo: Nothing to undo.');
    expect(store.getState().text).toBe(POD);
  });
});

describe('what commands do and return', () => {
  it('Export YAML downloads the text as typed, named after the workload, and returns the file', () => {
    const store = withPod();
    const { effects, downloads } = recordingEffects();
    const file = runCommand(commandById('file.exportYaml'), contextFor(store, effects));
    expect(file).toEqual({ name: 'web.yaml', content: POD, type: 'application/yaml' });
    expect(downloads).toEqual([file]);
  });

  it('Open loads the chosen file as one undo step and returns its name; cancelling changes nothing', async () => {
    const store = withPod();
    const other = POD.replace('name: web\nspec', 'name: other\nspec');
    const chosen = recordingEffects({ file: { name: 'other.yaml', text: other } });
    expect(await runCommand(commandById('file.open'), contextFor(store, chosen.effects))).toBe('other.yaml');
    expect(store.getState().text).toBe(other);
    expect(store.getState().history.past.map((step) => step.label)).toEqual(['Open other.yaml']);
    expect(await runCommand(commandById('file.open'), contextFor(store))).toBeNull();
    expect(store.getState().text).toBe(other);
  });

  it('panel toggles return the new state, change no document and record no undo step', () => {
    const store = withPod();
    const { effects, focused } = recordingEffects();
    expect(runCommand(commandById('view.yaml'), contextFor(store, effects))).toBe(false);
    expect(commandById('view.yaml').checked?.(store.getState())).toBe(false);
    expect(runCommand(commandById('view.yaml'), contextFor(store, effects))).toBe(true);
    expect(focused).toEqual(['canvas', 'yaml']);
    expect(runCommand(commandById('view.problems'), contextFor(store))).toBe('problems');
    expect(runCommand(commandById('view.lifecycle'), contextFor(store))).toBe('lifecycle');
    expect(runCommand(commandById('view.lifecycle'), contextFor(store))).toBeNull();
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().text).toBe(POD);
  });

  it('the command palette command opens the palette, and closes it when it is open', () => {
    const store = withPod();
    expect(runCommand(commandById('view.commandPalette'), contextFor(store))).toBe(true);
    expect(store.getState().dialog).toEqual({ kind: 'commandPalette' });
    expect(runCommand(commandById('view.commandPalette'), contextFor(store))).toBe(false);
    expect(store.getState().dialog).toBeNull();
  });

  it('adding from the palette returns the new node id; duplicating returns the copy', () => {
    const store = withPod();
    expect(runCommand(commandById('edit.add.sidecar'), contextFor(store))).toBe('container:sidecar');
    store.getState().select(['container:web'], 'canvas');
    expect(runCommand(commandById('edit.duplicateContainer'), contextFor(store))).toBe('container:web-2');
  });

  it('the share link is copied, or shown to copy by hand when the clipboard is refused', async () => {
    const store = withPod();
    const copying = recordingEffects();
    const link = await runCommand(commandById('share.copyLink'), contextFor(store, copying.effects));
    expect(link).toMatch(/^https:\/\/pods\.example\/#design=[A-Za-z0-9_-]+$/);
    expect(copying.copied).toEqual([link]);
    const refused = recordingEffects({ clipboard: false });
    const shown = await runCommand(commandById('share.copyLink'), contextFor(store, refused.effects));
    expect(store.getState().dialog).toEqual({ kind: 'shareLink', link: shown });
  });

  it('the palette has a command per template and exercise that opens it as one undo step', () => {
    const store = withPod();
    const template = CATALOG_COMMANDS.find((command) => command.id === 'learn.template.logging-sidecar');
    if (!template) throw new Error('no command for the template logging-sidecar');
    expect(runCommand(template, contextFor(store))).toBe('logging-sidecar');
    expect(store.getState().guide?.kind).toBe('template');
    expect(store.getState().history.past).toHaveLength(1);
    const exercise = CATALOG_COMMANDS.find((command) => command.id.startsWith('learn.exercise.'));
    if (!exercise) throw new Error('no exercise command');
    runCommand(exercise, contextFor(store));
    expect(store.getState().guide?.kind).toBe('exercise');
  });

  it('the diagram exports as SVG named after the workload, its drawing code loaded on first use', async () => {
    const { effects, downloads } = recordingEffects();
    await runCommand(commandById('export.svg'), contextFor(withPod(), effects));
    expect(downloads.map((file) => file.name)).toEqual(['web.svg']);
    expect(String(downloads[0]?.content)).toMatch(/^<svg[^>]*>[\s\S]*web/);
  });
});
