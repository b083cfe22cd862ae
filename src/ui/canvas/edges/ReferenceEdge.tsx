import { memo } from 'react';
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import type { ReferenceEdge as ReferenceEdgeType } from '../../../graph/graphTypes';

/** A dashed line from an outside object to the container, volume or pod that uses it. */
export const ReferenceEdge = memo(function ReferenceEdge(props: EdgeProps<ReferenceEdgeType>) {
  const [path] = getBezierPath(props);
  return <BaseEdge id={props.id} path={path} className="reference-edge" />;
});
