import { Handle, type NodeProps, Position } from '@xyflow/react';
import { type CSSProperties, memo } from 'react';
import type { VolumeNode as VolumeNodeType } from '../../../graph/graphTypes';
import { volumeIcon } from '../../../graph/nodeIcons';
import { CanvasIcon } from '../../kit/CanvasIcon';
import { FindingBadge } from '../FindingBadge';

/**
 * An item of the pod's volume shelf: a volume (icon, name, source), a StatefulSet's claim template
 * (one claim per replica), or a name containers mount that nothing defines (drawn as an error).
 */
export const VolumeNode = memo(function VolumeNode({ data, selected }: NodeProps<VolumeNodeType>) {
  const mountable = data.source !== 'missing';
  return (
    <div className={`volume-node volume-node--${data.source}${selected ? ' is-selected' : ''}`}>
      <Handle
        type="source"
        position={Position.Top}
        id="mount"
        className="volume-node__handle"
        isConnectable={mountable}
        title={mountable ? `Mount ${data.name}: drag to a container` : undefined}
      />
      <Handle type="target" position={Position.Right} id="refs" className="reference-handle" isConnectable={false} />
      <CanvasIcon icon={volumeIcon(data.type)} size={20} className="volume-node__icon" />
      <div className="volume-node__text">
        <span className="volume-node__name" style={{ '--lines': data.nameLines } as CSSProperties}>
          {data.name || '(unnamed)'}
        </span>
        <span
          className="volume-node__source"
          title={data.detail ? `${data.typeLabel}: ${data.detail}` : data.typeLabel}
        >
          {data.source === 'claimTemplate' ? (
            <>
              <span className="volume-node__per-replica">per replica</span>
              {data.detail ?? 'claim'}
            </>
          ) : (
            `${data.typeLabel}${data.detail ? `: ${data.detail}` : ''}`
          )}
        </span>
      </div>
      <FindingBadge />
    </div>
  );
});
