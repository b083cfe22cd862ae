import type { DesignerState } from '../designerStore';
import { selectCurrentWorkload } from '../selectors';
import { selectDockTab, selectPanelOpen } from '../session/layoutSlice';
import type { DockTab, PanelId } from '../session/workspaceLayout';
import type { Command, CommandContext } from './command';

/** Shows or hides a panel; returns whether it is open now. */
function togglePanel({ store, effects }: CommandContext, panel: PanelId): boolean {
  const open = !selectPanelOpen(panel)(store.getState());
  store.getState().setPanelOpen(panel, open);
  if (panel === 'yaml') effects.focus(open ? 'yaml' : 'canvas');
  return open;
}

/** Shows the dock under the canvas with `tab`, or closes it when it shows that already; returns what it shows now. */
function toggleDock({ store }: CommandContext, tab: DockTab): DockTab | null {
  const next = selectDockTab(store.getState()) === tab ? null : tab;
  store.getState().openDock(next);
  return next;
}

const isOpen = (panel: PanelId) => (state: DesignerState) => selectPanelOpen(panel)(state);

/** Panels, presenter mode and the command palette: the toolbar's view group. */
export const VIEW_COMMANDS: readonly Command[] = [
  {
    id: 'view.commandPalette',
    label: 'Command palette',
    group: 'view',
    shortcuts: ['Mod+K', 'Mod+Shift+P'],
    keywords: ['search', 'actions', 'find a command'],
    run: ({ store }) => {
      const open = store.getState().dialog?.kind === 'commandPalette';
      if (open) store.getState().closeDialog();
      else store.getState().openDialog({ kind: 'commandPalette' });
      return !open;
    },
  },
  {
    id: 'view.palette',
    label: 'Palette',
    group: 'view',
    shortcuts: ['Mod+B'],
    keywords: ['show', 'hide', 'toggle', 'panel', 'containers', 'volumes', 'probes', 'sidebar'],
    checked: isOpen('palette'),
    run: (context) => togglePanel(context, 'palette'),
  },
  {
    id: 'view.inspector',
    label: 'Inspector',
    group: 'view',
    shortcuts: ['Mod+I'],
    keywords: ['show', 'hide', 'toggle', 'panel', 'properties', 'form', 'settings'],
    checked: isOpen('inspector'),
    run: (context) => togglePanel(context, 'inspector'),
  },
  {
    id: 'view.yaml',
    label: 'YAML editor',
    group: 'view',
    shortcuts: ['Mod+E'],
    keywords: ['show', 'hide', 'toggle', 'panel', 'code', 'text', 'manifest'],
    checked: isOpen('yaml'),
    run: (context) => togglePanel(context, 'yaml'),
  },
  {
    id: 'view.problems',
    label: 'Problems',
    group: 'view',
    shortcuts: ['Mod+J'],
    keywords: ['show', 'hide', 'toggle', 'panel', 'errors', 'warnings', 'validator', 'findings'],
    checked: (state) => selectDockTab(state) === 'problems',
    run: (context) => toggleDock(context, 'problems'),
  },
  {
    id: 'view.lifecycle',
    label: 'Lifecycle',
    group: 'view',
    shortcuts: ['Alt+L'],
    keywords: ['show', 'hide', 'toggle', 'simulation', 'timeline', 'start order', 'probes', 'shutdown'],
    checked: (state) => selectDockTab(state) === 'lifecycle',
    run: (context) => toggleDock(context, 'lifecycle'),
  },
  {
    id: 'view.applicationMap',
    label: 'Application map',
    group: 'view',
    shortcuts: ['Alt+M'],
    keywords: ['map', 'overview', 'objects', 'services', 'back', 'whole file', 'pod view', 'workloads'],
    checked: (state) => state.view === 'map',
    describe: (state) => (state.view === 'map' ? 'Back to the pod view' : 'Application map: every object of the file'),
    run: ({ store, effects }) => {
      const state = store.getState();
      if (state.view === 'pod') state.openMap();
      else {
        const workload = selectCurrentWorkload(state);
        if (!workload) return true;
        state.openWorkload(workload.ref);
      }
      effects.focus('canvas');
      return store.getState().view === 'map';
    },
  },
  {
    id: 'view.fitCanvas',
    label: 'Fit the pod in view',
    group: 'view',
    shortcuts: ['Shift+1'],
    keywords: ['zoom', 'whole', 'canvas', 'center'],
    run: ({ store }) => {
      store.getState().requestCanvasFit();
      return true;
    },
  },
  {
    id: 'view.presenter',
    label: 'Presenter mode',
    group: 'view',
    shortcuts: ['Alt+P'],
    keywords: ['show', 'toggle', 'present', 'projector', 'workshop', 'large', 'classroom'],
    checked: (state) => state.presenting,
    run: ({ store }) => {
      const presenting = !store.getState().presenting;
      store.getState().setPresenting(presenting);
      return presenting;
    },
  },
  {
    id: 'view.leavePresenter',
    label: 'Leave presenter mode',
    group: 'view',
    shortcuts: ['Escape'],
    unavailable: (state) => (state.presenting ? null : 'Presenter mode is off.'),
    run: ({ store }) => {
      store.getState().setPresenting(false);
      return false;
    },
  },
];
