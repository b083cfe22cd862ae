import { manifestAsKubernetesList } from '../../model/kubernetesList';
import { OperationError } from '../../model/operations/updatePodSpec';
import { WORKLOAD_KIND_NAMES, type WorkloadKind } from '../../model/workloadKinds';
import type { DesignerState } from '../designerStore';
import { kindFileName, manifestTextAsKind } from '../exportAsKind';
import { exportFileName } from '../exportFileName';
import { selectCurrentWorkload } from '../selectors';
import type { Command } from './command';
import { manifestFileName } from './saveDesign';

/** Kinds offered in "Export as …" (ReplicaSet and ReplicationController are rarely written by hand). */
const EXPORT_KINDS: readonly WorkloadKind[] = WORKLOAD_KIND_NAMES.filter(
  (kind) => kind !== 'ReplicaSet' && kind !== 'ReplicationController',
);

/** The diagram's drawing code is a chunk of its own, loaded when a diagram is first exported. */
async function diagramSvg(state: DesignerState): Promise<{ readonly svg: string; readonly name: string }> {
  const { diagramSvgOf } = await import('./exportDiagram');
  return diagramSvgOf(state);
}

const noWorkload = (state: DesignerState): string | null =>
  selectCurrentWorkload(state) ? null : 'There is no workload to export yet: add a container or open a manifest.';

const parseErrorOrNoWorkload = (state: DesignerState): string | null =>
  state.parse.ok ? noWorkload(state) : 'The YAML has an error: fix it first, then export as another kind.';

/** The Export menu: the diagram, the manifest as JSON and as any workload kind. */
export const EXPORT_COMMANDS: readonly Command[] = [
  {
    id: 'export.svg',
    label: 'Diagram as SVG',
    group: 'export',
    keywords: ['image', 'picture', 'slides'],
    run: async ({ store, effects }) => {
      const { svg, name } = await diagramSvg(store.getState());
      const file = { name: exportFileName(name, 'svg'), content: svg, type: 'image/svg+xml' };
      effects.download(file);
      return file;
    },
  },
  {
    id: 'export.png',
    label: 'Diagram as PNG',
    group: 'export',
    keywords: ['image', 'picture', 'slides'],
    run: async ({ store, effects }) => {
      const { svg, name } = await diagramSvg(store.getState());
      try {
        const file = { name: exportFileName(name, 'png'), content: await effects.svgToPng(svg, 2) };
        effects.download(file);
        return file;
      } catch (error) {
        store
          .getState()
          .showNotice(
            `The PNG could not be made: ${error instanceof Error ? error.message : String(error)} Export the SVG instead.`,
            'error',
          );
        return null;
      }
    },
  },
  {
    id: 'export.json',
    label: 'Manifest as JSON',
    group: 'export',
    unavailable: (state) =>
      state.parse.ok ? null : 'The YAML has an error: fix it first (JSON is made from the parsed documents).',
    run: ({ store, effects }) => {
      const state = store.getState();
      if (!state.parse.ok) return null;
      const file = {
        name: manifestFileName(state, 'json', 'pod'),
        content: `${JSON.stringify(manifestAsKubernetesList(state.parse.manifest.documents), null, 2)}\n`,
        type: 'application/json',
      };
      effects.download(file);
      return file;
    },
  },
  ...EXPORT_KINDS.map(
    (kind): Command => ({
      id: `export.as${kind}`,
      label: `Manifest as ${kind}`,
      group: 'export',
      keywords: ['convert', kind.toLowerCase()],
      unavailable: parseErrorOrNoWorkload,
      run: ({ store, effects }) => {
        const state = store.getState();
        const workload = selectCurrentWorkload(state);
        if (!state.parse.ok || !workload) return null;
        try {
          const file = {
            name: kindFileName(workload.name, kind),
            content: manifestTextAsKind(state.parse.manifest, workload.ref, kind),
            type: 'application/yaml',
          };
          effects.download(file);
          return file;
        } catch (error) {
          if (!(error instanceof OperationError)) throw error;
          state.showNotice(error.message, 'error');
          return null;
        }
      },
    }),
  ),
];
