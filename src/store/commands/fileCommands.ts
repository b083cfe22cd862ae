import { DEFAULT_KUBERNETES_MINOR } from '../../model/kubernetesVersion';
import { exportFileName } from '../exportFileName';
import { selectCurrentWorkload } from '../selectors';
import type { Command } from './command';

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
      if (file) store.getState().loadText(file.text, `Open ${file.name}`, { report: true });
      return file?.name ?? null;
    },
  },
  {
    id: 'file.exportYaml',
    label: 'Export YAML',
    group: 'file',
    shortcuts: ['Mod+S'],
    keywords: ['save', 'download', 'manifest', 'kubectl'],
    run: ({ store, effects }) => {
      const state = store.getState();
      if (!state.parse.ok)
        state.showNotice(
          'Exported as typed, but the YAML has an error: kubectl will refuse it until it is fixed.',
          'error',
        );
      const file = {
        name: exportFileName(selectCurrentWorkload(state)?.name, 'yaml', 'manifest'),
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
