import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { MountEdge as MountEdgeType } from '../../../graph/graphTypes';

/**
 * A volume mount: a line from the volume to the container's row for this mount, along the route
 * the layout computed (gutters and channels, never across a node). The row in the container says
 * the path, so the line needs no label of its own.
 */
export const MountEdge = memo(function MountEdge(props: EdgeProps<MountEdgeType>) {
  const route = props.data?.route;
  if (!route) return null;
  const end = route.points[route.points.length - 1];
  const className = `mount-edge${props.selected ? ' is-selected' : ''}${props.data?.readOnly ? ' is-read-only' : ''}`;
  return (
    <>
      <BaseEdge id={props.id} path={route.path} className={className} />
      {end && <circle className="mount-edge__end" cx={end.x} cy={end.y} r={3.5} />}
    </>
  );
});
