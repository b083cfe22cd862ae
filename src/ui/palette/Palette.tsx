import { PALETTE_ITEMS, type PaletteItem } from '../../catalog/paletteItems';
import { containerNames } from '../../model/containers';
import { containerEntityId } from '../../model/entityId';
import { addContainer } from '../../model/operations/addContainer';
import type { JsonObject } from '../../model/jsonValue';
import { uniqueName } from '../../model/uniqueName';
import { podSpecOf } from '../../model/workloads';
import { useDesignerStore } from '../app/DesignerStoreContext';

/** The palette: parts a pod is built from. Each item is a button (Enter adds it) and draggable. */
export function Palette() {
  const store = useDesignerStore();
  const add = (item: PaletteItem) => {
    let added = '';
    store.getState().updateWorkload(`Add ${item.label.toLowerCase()}`, (workload) => {
      added = uniqueName(item.baseName, containerNames(podSpecOf(workload)));
      const container: JsonObject =
        item.role === 'init' ? { name: added, image: item.image, command: ['sh', '-c', 'echo preparing'] } : { name: added, image: item.image };
      return addContainer(workload, container, item.role);
    });
    if (added) store.getState().select([containerEntityId(added)], 'panel');
  };
  return (
    <aside className="palette" aria-label="Palette">
      <header className="pane-header">
        <h2>Palette</h2>
      </header>
      <ul className="palette__items">
        {PALETTE_ITEMS.map((item) => (
          <li key={item.id}>
            <button type="button" className={`palette-item palette-item--${item.role}`} onClick={() => add(item)} title={item.description}>
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
