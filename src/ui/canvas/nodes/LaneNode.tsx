import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { LaneNode as LaneNodeType } from '../../../graph/graphTypes';

/** A column of the pod: init containers, sidecars or app containers. */
export const LaneNode = memo(function LaneNode({ data }: NodeProps<LaneNodeType>) {
  return (
    <div className="lane-node" title={data.hint}>
      <span className="lane-node__title">{data.title}</span>
    </div>
  );
});
