import { useMemo } from 'react';
import { podOutline, type OutlineItem } from '../../graph/podOutline';
import { selectCurrentWorkload } from '../../store/selectors';
import { useDesigner, useDesignerStore } from '../app/DesignerStoreContext';

/** The outline's lists, loaded when the outline is first opened. */
export function OutlineTree() {
  const workload = useDesigner(selectCurrentWorkload);
  const items = useMemo(() => podOutline(workload?.object ?? null), [workload]);
  if (items.length === 0)
    return (
      <p className="outline__empty">There is no workload yet: add a container from the palette or open a manifest.</p>
    );
  return <OutlineList items={items} />;
}

function OutlineList({ items }: { items: readonly OutlineItem[] }) {
  return (
    <ul className="outline__list">
      {items.map((item) => (
        <li key={item.key}>
          <OutlineLabel item={item} />
          {item.children.length > 0 && <OutlineList items={item.children} />}
        </li>
      ))}
    </ul>
  );
}

function OutlineLabel({ item }: { item: OutlineItem }) {
  const store = useDesignerStore();
  const selected = useDesigner((state) => item.entityId !== undefined && state.selection.ids.includes(item.entityId));
  if (item.entityId === undefined) return <span className="outline__label">{item.label}</span>;
  const entityId = item.entityId;
  return (
    <button
      type="button"
      className="outline__item"
      aria-pressed={selected}
      onClick={() => store.getState().select([entityId], 'panel')}
    >
      {item.label}
    </button>
  );
}
