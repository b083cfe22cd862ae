import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ReferenceNode as ReferenceNodeType } from '../../../graph/graphTypes';

const ICONS: Record<string, string> = {
  ConfigMap: '⚙',
  Secret: '🔒',
  PersistentVolumeClaim: '🗄',
  ServiceAccount: '👤',
};

/** An object outside the pod that the pod uses, and whether this file defines it. */
export const ReferenceNode = memo(function ReferenceNode({ data, selected }: NodeProps<ReferenceNodeType>) {
  return (
    <div className={`reference-node${selected ? ' is-selected' : ''}${data.inThisFile ? ' is-defined' : ''}`}>
      <Handle type="source" position={Position.Left} id="out" className="reference-handle" isConnectable={false} />
      <span className="reference-node__icon" aria-hidden="true">
        {ICONS[data.kind] ?? '◇'}
      </span>
      <div className="reference-node__text">
        <span className="reference-node__kind">{data.kind}</span>
        <span className="reference-node__name">{data.name}</span>
      </div>
      <span className={`reference-node__where reference-node__where--${data.inThisFile ? 'file' : 'external'}`}>
        {data.inThisFile ? 'in this file' : 'external'}
      </span>
    </div>
  );
});
