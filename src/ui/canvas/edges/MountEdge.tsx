import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import type { MountEdge as MountEdgeType } from '../../../graph/graphTypes';

/** A volume mount: from the volume to the container, labelled with its mountPath. */
export const MountEdge = memo(function MountEdge(props: EdgeProps<MountEdgeType>) {
  const [path, labelX, labelY] = getSmoothStepPath(props);
  const data = props.data;
  const label = data
    ? `${data.mountPath}${data.readOnly ? ' (ro)' : ''}${data.subPath ? ` ⟶ ${data.subPath}` : ''}`
    : '';
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        className={`mount-edge${props.selected ? ' is-selected' : ''}`}
        {...(props.markerEnd ? { markerEnd: props.markerEnd } : {})}
      />
      <EdgeLabelRenderer>
        <div
          className={`mount-edge__label${props.selected ? ' is-selected' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
        >
          {label}
        </div>
      </EdgeLabelRenderer>
    </>
  );
});
