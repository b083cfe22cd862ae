import { PALETTE_ITEMS, type PaletteItem } from '../../catalog/paletteItems';
import { parseEntityId } from '../../model/entityId';
import { WORKLOAD_KIND_NAMES } from '../../model/workloadKinds';
import type { DesignerState } from '../designerStore';
import {
  selectCanRedo,
  selectCurrentWorkload,
  selectIsStale,
  selectUndoLabel,
  selectWorkloadPositions,
} from '../selectors';
import { addPaletteItem, duplicateContainerCommand, selectSelectedContainerName } from './canvasCommands';
import type { Command } from './command';

const YAML_ERROR = 'The YAML has an error: fix it in the editor first.';

/** The one selected container, when exactly a container is selected. */
function selectedContainer(state: DesignerState): string | null {
  const [only, ...others] = state.selection.ids;
  const entity = only && others.length === 0 ? parseEntityId(only) : null;
  return entity?.type === 'container' ? entity.name : null;
}

/** Why a palette item cannot be added now: probes need a selected container to attach to. */
function paletteItemUnavailable(item: PaletteItem, state: DesignerState): string | null {
  if (selectIsStale(state)) return YAML_ERROR;
  if (item.kind === 'probe' && !selectSelectedContainerName(state))
    return `Select a container first: a ${item.label.toLowerCase()} belongs to one.`;
  return null;
}

/** Undo, redo and changes of the design that need no form: the kind, duplicating, adding palette parts. */
export const EDIT_COMMANDS: readonly Command[] = [
  {
    id: 'edit.undo',
    label: 'Undo',
    group: 'edit',
    shortcuts: ['Mod+Z'],
    unavailable: (state) => (selectUndoLabel(state) ? null : 'Nothing to undo.'),
    describe: (state) => `Undo ${selectUndoLabel(state) ?? ''}`.trim(),
    run: ({ store }) => {
      const label = selectUndoLabel(store.getState());
      store.getState().undo();
      return label;
    },
  },
  {
    id: 'edit.redo',
    label: 'Redo',
    group: 'edit',
    shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
    unavailable: (state) => (selectCanRedo(state) ? null : 'Nothing to redo.'),
    run: ({ store }) => {
      store.getState().redo();
      return true;
    },
  },
  {
    id: 'edit.duplicateContainer',
    label: 'Duplicate the selected container',
    group: 'edit',
    keywords: ['copy', 'clone'],
    unavailable: (state) =>
      selectIsStale(state) ? YAML_ERROR : selectedContainer(state) ? null : 'Select one container first.',
    run: ({ store }) => {
      const name = selectedContainer(store.getState());
      return name ? duplicateContainerCommand(store, name) : null;
    },
  },
  {
    id: 'edit.tidyLayout',
    label: 'Tidy layout',
    group: 'edit',
    keywords: ['automatic', 'arrange', 'positions', 'reset'],
    unavailable: (state) =>
      Object.keys(selectWorkloadPositions(state)).length > 0 ? null : 'Every node is in the automatic layout already.',
    run: ({ store }) => {
      store.getState().resetPositions();
      store.getState().requestCanvasFit();
      return true;
    },
  },
  ...WORKLOAD_KIND_NAMES.map(
    (kind): Command => ({
      id: `edit.changeKindTo${kind}`,
      label: `Change the workload to a ${kind}`,
      group: 'edit',
      keywords: ['kind', 'convert', kind.toLowerCase()],
      unavailable: (state) => {
        const workload = selectCurrentWorkload(state);
        if (selectIsStale(state)) return YAML_ERROR;
        if (!workload) return 'There is no workload in this file to change.';
        return workload.kind === kind ? `It is a ${kind} already.` : null;
      },
      run: ({ store }) => store.getState().changeWorkloadKind(kind),
    }),
  ),
  ...PALETTE_ITEMS.map(
    (item): Command => ({
      id: `edit.add.${item.id}`,
      label: item.kind === 'volume' ? `Add ${item.label} volume` : `Add ${item.label.toLowerCase()}`,
      group: 'edit',
      keywords: ['palette', 'new', item.kind, item.description],
      unavailable: (state) => paletteItemUnavailable(item, state),
      run: ({ store }) => addPaletteItem(store, item, selectSelectedContainerName(store.getState())),
    }),
  ),
];
