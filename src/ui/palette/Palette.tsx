import { PALETTE_ITEMS } from '../../catalog/paletteItems';
import { addContainerFromPalette } from '../../store/podCommands';
import { useDesignerStore } from '../app/DesignerStoreContext';

/** The palette: parts a pod is built from. Each item is a button (Enter adds it) and draggable. */
export function Palette() {
  const store = useDesignerStore();
  return (
    <aside className="palette" aria-label="Palette">
      <header className="pane-header">
        <h2>Palette</h2>
      </header>
      <ul className="palette__items">
        {PALETTE_ITEMS.map((item) => (
          <li key={item.id}>
            <button type="button" className={`palette-item palette-item--${item.role}`} onClick={() => addContainerFromPalette(store, item)} title={item.description}>
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
