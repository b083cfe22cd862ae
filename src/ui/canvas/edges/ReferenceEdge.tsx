import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ReferenceEdge as ReferenceEdgeType } from '../../../graph/graphTypes';

/** A dashed line from an outside object to the container, volume or pod that uses it. */
export const ReferenceEdge = memo(function ReferenceEdge(props: EdgeProps<ReferenceEdgeType>) {
  const route = props.data?.route;
  return route ? <BaseEdge id={props.id} path={route.path} className="reference-edge" /> : null;
});
