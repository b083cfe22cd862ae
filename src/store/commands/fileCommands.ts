import { DEFAULT_KUBERNETES_MINOR } from '../../model/kubernetesVersion';
import { selectUnsavedChanges } from '../session/openedFileSlice';
import type { Command } from './command';
import { manifestFileName, saveDesign, saveDesignAs } from './saveDesign';

/** New, Open and saving the manifest: the toolbar's file group. */
export const FILE_COMMANDS: readonly Command[] = [
  {
    id: 'file.new',
    label: 'New',
    group: 'file',
    keywords: ['new pod', 'start', 'blank'],
    run: ({ store }) => {
      const { guide } = store.getState();
      // Leaving an exercise by accident loses its goal and checklist: ask first.
      if (guide?.kind === 'exercise') {
        store.getState().openDialog({ kind: 'leaveExercise', exercise: guide.exercise });
        return null;
      }
      store.getState().startNewPod();
      return store.getState().text;
    },
  },
  {
    id: 'file.open',
    label: 'Open…',
    group: 'file',
    shortcuts: ['Mod+O'],
    keywords: ['file', 'load', 'import', 'manifest'],
    run: async ({ store, effects }) => {
      const file = await effects.chooseTextFile();
      if (file)
        store.getState().loadText(file.text, `Open ${file.name}`, {
          report: true,
          file: { name: file.name, lastModified: file.lastModified ?? null, writable: file.writable ?? null },
        });
      return file?.name ?? null;
    },
  },
  {
    id: 'file.save',
    label: 'Save',
    group: 'file',
    // Always available, so Ctrl+S never falls through to the browser's "save this page".
    shortcuts: ['Mod+S'],
    keywords: ['write', 'file', 'disk', 'keep'],
    describe: (state) =>
      state.openedFile
        ? `Save to ${state.openedFile.name}${selectUnsavedChanges(state) ? ' (unsaved changes)' : ''}`
        : 'Save to a file',
    run: (context) => saveDesign(context),
  },
  {
    id: 'file.saveAs',
    label: 'Save As…',
    group: 'file',
    shortcuts: ['Mod+Shift+S'],
    keywords: ['write', 'file', 'disk', 'copy', 'rename', 'download'],
    run: (context) => saveDesignAs(context),
  },
  {
    id: 'file.exportYaml',
    label: 'Export YAML',
    group: 'file',
    keywords: ['save', 'download', 'manifest', 'kubectl'],
    run: ({ store, effects }) => {
      const state = store.getState();
      if (!state.parse.ok)
        state.showNotice(
          'Exported as typed, but the YAML has an error: kubectl will refuse it until it is fixed.',
          'error',
        );
      const file = {
        name: manifestFileName(state),
        content: state.text,
        type: 'application/yaml',
      };
      effects.download(file);
      return file;
    },
  },
  {
    id: 'file.openLintConfig',
    label: 'Open lint config…',
    group: 'file',
    keywords: ['.pod-designer.yaml', 'pod-designer.config.json', 'silence', 'ignore', 'rules', 'settings'],
    run: async ({ store, effects }) => {
      const file = await effects.chooseTextFile();
      if (!file) return null;
      const problems = store.getState().loadSilencingConfig(file.text);
      store
        .getState()
        .showNotice(
          problems.length === 0
            ? `Lint config ${file.name} applied.`
            : `Lint config ${file.name} applied, except: ${problems.join(' ')}`,
          problems.length === 0 ? 'info' : 'error',
        );
      return file.name;
    },
  },
  {
    id: 'file.downloadLintConfig',
    label: 'Download lint config',
    group: 'file',
    keywords: ['.pod-designer.yaml', 'silence', 'ignore', 'rules', 'cli', 'settings', 'save'],
    run: async ({ store, effects }) => {
      // Loaded on use: the config writer is not part of the first screen.
      const { renderSilencingConfig } = await import('../../validate/silencing/renderSilencingConfig');
      const { silencingConfig, kubernetesMinor } = store.getState();
      // The target version goes into the config when the team chose one (the CLI then checks the same).
      const chosen = silencingConfig.kubernetesVersion !== undefined || kubernetesMinor !== DEFAULT_KUBERNETES_MINOR;
      const file = {
        name: 'pod-designer.yaml',
        content: renderSilencingConfig(
          chosen ? { ...silencingConfig, kubernetesVersion: kubernetesMinor } : silencingConfig,
        ),
        type: 'application/yaml',
      };
      effects.download(file);
      return file;
    },
  },
  {
    id: 'file.copyYaml',
    label: 'Copy YAML',
    group: 'file',
    keywords: ['clipboard', 'manifest'],
    run: async ({ store, effects }) => {
      const copied = await effects.copyText(store.getState().text);
      store
        .getState()
        .showNotice(
          copied
            ? 'YAML copied to the clipboard.'
            : 'The browser did not allow copying; select the text in the editor and copy it instead.',
          copied ? 'info' : 'error',
        );
      return copied;
    },
  },
];
