import { type DragEvent, useCallback } from 'react';
import { findPaletteItem, PALETTE_DRAG_TYPE } from '../../catalog/paletteItems';
import type { MapCardNode } from '../../graph/applicationMap';
import type { DesignerStore } from '../../store/designerStore';
import { addServiceForWorkload } from '../../store/commands/serviceCommands';

/** The card under a drop point, by the React Flow node element around the target. */
function cardUnder(target: EventTarget | null, nodes: readonly MapCardNode[]): MapCardNode | undefined {
  if (!(target instanceof Element)) return undefined;
  const id = target.closest('.react-flow__node')?.getAttribute('data-id');
  return nodes.find((node) => node.id === id);
}

/**
 * Dropping palette items on the map: a Service on a workload card adds a Service in front of it;
 * the parts of a pod need its pod view, which a notice points to.
 */
export function useMapPaletteDrop(store: DesignerStore, nodes: readonly MapCardNode[]) {
  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      const item = findPaletteItem(event.dataTransfer.getData(PALETTE_DRAG_TYPE));
      if (!item) return;
      event.preventDefault();
      const card = cardUnder(event.target, nodes);
      if (item.kind !== 'service') {
        store
          .getState()
          .showNotice(`Open a workload (double-click its card) to add a ${item.label} to its pod.`, 'info');
        return;
      }
      if (!card?.data.designable) {
        store.getState().showNotice('Drop the Service on a workload: it selects that workload’s pods.', 'info');
        return;
      }
      addServiceForWorkload(store, card.data.ref);
    },
    [store, nodes],
  );
  return { onDragOver, onDrop };
}
