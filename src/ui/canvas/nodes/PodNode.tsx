import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { PodNode as PodNodeType } from '../../../graph/graphTypes';
import { POD_ICON } from '../../../graph/nodeIcons';
import { CanvasIcon } from '../../kit/CanvasIcon';
import { FindingBadge } from '../FindingBadge';

/** The pod: a large box titled with its name and the workload around it. */
export const PodNode = memo(function PodNode({ data, selected }: NodeProps<PodNodeType>) {
  return (
    <div className={`pod-node${selected ? ' is-selected' : ''}${data.stale ? ' is-stale' : ''}`}>
      <Handle type="target" position={Position.Right} id="refs" className="reference-handle" isConnectable={false} />
      <div className="pod-node__header">
        <CanvasIcon icon={POD_ICON} size={22} className="pod-node__icon" />
        <span className="pod-node__kind">{data.workloadKind}</span>
        <span className="pod-node__name">{data.name}</span>
        {data.summary && <span className="pod-node__summary">{data.summary}</span>}
        <FindingBadge />
        {data.stale && (
          <span className="pod-node__stale" role="status">
            ⚠ stale — showing the last valid YAML
          </span>
        )}
      </div>
      {data.empty && (
        <p className="pod-node__empty">This pod has no containers yet. Drag a Container from the palette into it.</p>
      )}
    </div>
  );
});
