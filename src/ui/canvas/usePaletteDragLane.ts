import { useEffect, useState } from 'react';
import { findPaletteItem, PALETTE_DRAG_TYPE } from '../../catalog/paletteItems';
import type { LaneName } from '../../graph/podLayout';

/**
 * The lane a container being dragged from the palette will join (init container, sidecar or
 * app container), from the moment the drag starts until it ends; null otherwise. The canvas opens
 * that lane as a drop target. Read from the drag's data at its start, where the browser allows it.
 */
export function usePaletteDragLane(): LaneName | null {
  const [lane, setLane] = useState<LaneName | null>(null);
  useEffect(() => {
    const onDragStart = (event: DragEvent) => {
      const item = findPaletteItem(event.dataTransfer?.getData(PALETTE_DRAG_TYPE) ?? '');
      setLane(item?.kind === 'container' ? item.role : null);
    };
    const onDragEnd = () => setLane(null);
    document.addEventListener('dragstart', onDragStart);
    document.addEventListener('dragend', onDragEnd);
    document.addEventListener('drop', onDragEnd);
    return () => {
      document.removeEventListener('dragstart', onDragStart);
      document.removeEventListener('dragend', onDragEnd);
      document.removeEventListener('drop', onDragEnd);
    };
  }, []);
  return lane;
}
