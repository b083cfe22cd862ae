import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { describeVolume } from '../../../graph/describe/describeVolume';
import type { VolumeNode as VolumeNodeType } from '../../../graph/graphTypes';
import { FindingBadge } from '../FindingBadge';

/** A volume on the pod's shelf: icon, name and source. */
export const VolumeNode = memo(function VolumeNode({ data, selected }: NodeProps<VolumeNodeType>) {
  const summary = describeVolume(data.volume);
  return (
    <div className={`volume-node${selected ? ' is-selected' : ''}`}>
      <Handle
        type="source"
        position={Position.Top}
        id="mount"
        className="volume-node__handle"
        title={`Mount ${data.name}: drag to a container`}
      />
      <Handle type="target" position={Position.Right} id="refs" className="reference-handle" isConnectable={false} />
      <span className="volume-node__icon" aria-hidden="true">
        {summary.icon}
      </span>
      <div className="volume-node__text">
        <span className="volume-node__name">{data.name || '(unnamed)'}</span>
        <span className="volume-node__source">
          {summary.type}
          {summary.detail ? `: ${summary.detail}` : ''}
        </span>
      </div>
      <FindingBadge />
    </div>
  );
});
