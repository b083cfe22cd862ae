import { useCallback, type DragEvent } from 'react';
import { findPaletteItem, PALETTE_DRAG_TYPE } from '../../catalog/paletteItems';
import { parseEntityId } from '../../model/entityId';
import { addPaletteItem, selectSelectedContainerName } from '../../store/commands/canvasCommands';
import type { DesignerStore } from '../../store/designerStore';

/** The container node under a drop point, by the React Flow node element around the target. */
function containerUnder(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  const id = target.closest('.react-flow__node')?.getAttribute('data-id');
  const entity = id ? parseEntityId(id) : null;
  return entity?.type === 'container' ? entity.name : null;
}

/**
 * Dropping palette items on the canvas: on a container a volume is mounted there and a probe
 * attached to it; anywhere else the item is added to the pod (a probe, which needs a container,
 * goes to the selected one, or a notice says where to drop it).
 */
export function usePaletteDrop(store: DesignerStore) {
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
      const target =
        containerUnder(event.target) ?? (item.kind === 'probe' ? selectSelectedContainerName(store.getState()) : null);
      addPaletteItem(store, item, target);
    },
    [store],
  );
  return { onDragOver, onDrop };
}
