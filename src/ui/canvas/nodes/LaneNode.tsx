import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { LaneNode as LaneNodeType } from '../../../graph/graphTypes';

const DROP_WORDS = { init: 'an init container', sidecar: 'a sidecar', app: 'a container' } as const;

/**
 * A lane of the pod: init containers, sidecars or app containers, in the order they start. An
 * empty lane is a slim strip that says what belongs there; while a matching palette item is
 * dragged it opens into a drop cell.
 */
export const LaneNode = memo(function LaneNode({ data }: NodeProps<LaneNodeType>) {
  return (
    <div
      className={`lane-node${data.empty ? ' is-empty' : ''}${data.open ? ' is-open' : ''}`}
      title={`${data.title}: ${data.hint}`}
    >
      <span className="lane-node__title">{data.title}</span>
      {data.empty && !data.open && <span className="lane-node__hint">none</span>}
      {data.open && <span className="lane-node__drop">Drop {DROP_WORDS[data.lane]} here</span>}
    </div>
  );
});
