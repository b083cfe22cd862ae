import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { ReferenceNode as ReferenceNodeType } from '../../../graph/graphTypes';
import { referenceIcon } from '../../../graph/nodeIcons';
import { CanvasIcon } from '../../kit/CanvasIcon';

/** An object outside the pod that the pod uses, and whether this file defines it. */
export const ReferenceNode = memo(function ReferenceNode({ data, selected }: NodeProps<ReferenceNodeType>) {
  return (
    <div className={`reference-node${selected ? ' is-selected' : ''}${data.inThisFile ? ' is-defined' : ''}`}>
      <Handle type="source" position={Position.Left} id="out" className="reference-handle" isConnectable={false} />
      <CanvasIcon icon={referenceIcon(data.kind)} size={18} className="reference-node__icon" />
      <div className="reference-node__text">
        <span className="reference-node__kind">
          <span className="reference-node__kind-name">{data.kind}</span>
          <span className={`reference-node__where reference-node__where--${data.inThisFile ? 'file' : 'external'}`}>
            {data.inThisFile ? 'in this file' : 'external'}
          </span>
        </span>
        <span className="reference-node__name">{data.name}</span>
      </div>
    </div>
  );
});
