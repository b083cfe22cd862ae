import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ShelfNode as ShelfNodeType } from '../../../graph/graphTypes';

/** The headings of the volume shelf: "Volumes", then one per kind of volume above its group. */
export const ShelfNode = memo(function ShelfNode({ data }: NodeProps<ShelfNodeType>) {
  return (
    <div className="shelf-node" aria-hidden="true">
      <span className="shelf-node__title">Volumes</span>
      {data.groups.map((group) => (
        <span key={group.group} className="shelf-node__group" style={{ left: group.x, top: group.y }}>
          {group.title}
        </span>
      ))}
    </div>
  );
});
