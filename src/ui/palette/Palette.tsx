import type { DragEvent } from 'react';
import { PALETTE_DRAG_TYPE, PALETTE_ITEMS, PALETTE_SECTIONS, type PaletteItem } from '../../catalog/paletteItems';
import { addPaletteItem, selectSelectedContainerName } from '../../store/commands/canvasCommands';
import { PROBE_ICONS, referenceIcon, ROLE_ICONS, volumeIcon, type IconNode } from '../../graph/nodeIcons';
import { PanelLeftClose } from 'lucide-react';
import { useDesigner, useDesignerStore } from '../app/DesignerStoreContext';
import { CommandButton } from '../commands/CommandButton';
import { CanvasIcon } from '../kit/CanvasIcon';
import './palette.css';

/**
 * The palette: parts a pod is built from. Each item is a button and draggable: drop it on the
 * canvas (on a container to mount a volume or attach a probe there), or press Enter to add it to
 * the pod (a volume or probe goes to the selected container).
 */
export function Palette() {
  const store = useDesignerStore();
  const selectedContainer = useDesigner(selectSelectedContainerName);
  const onDragStart = (event: DragEvent<HTMLButtonElement>, item: PaletteItem) => {
    event.dataTransfer.setData(PALETTE_DRAG_TYPE, item.id);
    event.dataTransfer.setData('text/plain', item.label);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <aside className="palette" aria-label="Palette">
      <header className="pane-header">
        <h2>Palette</h2>
        <CommandButton id="view.palette" icon={PanelLeftClose} iconOnly label="Hide palette" showsState={false} />
      </header>
      {PALETTE_SECTIONS.map((section) => (
        <section key={section.kind} className="palette__section" aria-labelledby={`palette-${section.kind}`}>
          <h3 id={`palette-${section.kind}`} className="palette__section-title">
            {section.title}
          </h3>
          <ul className="palette__items">
            {PALETTE_ITEMS.filter((item) => item.kind === section.kind).map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  draggable
                  className={`palette-item palette-item--${item.kind === 'container' ? item.role : item.kind}`}
                  onClick={() => addPaletteItem(store, item, selectSelectedContainerName(store.getState()))}
                  onDragStart={(event) => onDragStart(event, item)}
                  title={`${item.description}${item.kind !== 'container' && item.kind !== 'service' && selectedContainer ? ` Enter adds it to ${selectedContainer}.` : ''}`}
                >
                  <CanvasIcon icon={paletteIcon(item)} className="palette-item__icon" />
                  {item.label}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p className="palette__hint">
        {selectedContainer ? `Volumes and probes go to ${selectedContainer}.` : 'Drag onto the canvas, or press Enter.'}
      </p>
    </aside>
  );
}

/** The icon an item's node has on the canvas. */
function paletteIcon(item: PaletteItem): IconNode {
  switch (item.kind) {
    case 'container':
      return ROLE_ICONS[item.role];
    case 'volume':
      return volumeIcon(Object.keys(item.source)[0] ?? '');
    case 'probe':
      return PROBE_ICONS[item.probe];
    case 'service':
      return referenceIcon('Service');
  }
}
