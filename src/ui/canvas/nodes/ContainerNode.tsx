import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { describePorts, describeProbes, describeResources } from '../../../graph/describe/describeContainer';
import type { ContainerNode as ContainerNodeType } from '../../../graph/graphTypes';
import { roleLabel } from '../../../graph/projectGraph';
import { field } from '../../../model/jsonValue';
import { imagePinning, parseImageReference } from '../../../model/imageReference';
import { FindingBadge } from '../FindingBadge';

/** A container: name, role, image (tag highlighted), ports, resources and probes. */
export const ContainerNode = memo(function ContainerNode({ data, selected }: NodeProps<ContainerNodeType>) {
  const image = field(data.container, 'image');
  const ports = describePorts(data.container);
  const resources = describeResources(data.container);
  const probes = describeProbes(data.container);
  return (
    <div className={`container-node container-node--${data.role}${selected ? ' is-selected' : ''}`}>
      <Handle type="target" position={Position.Bottom} id="mounts" className="container-node__handle" />
      <div className="container-node__title">
        <span className="container-node__role">
          {data.order !== null ? `${data.order}. ` : ''}
          {roleLabel(data.role)}
        </span>
        <span className="container-node__name">{data.name || '(unnamed)'}</span>
        <FindingBadge />
      </div>
      <ImageLine image={typeof image === 'string' ? image : null} />
      {ports.length > 0 && (
        <div className="container-node__ports">
          {ports.map((port, index) => (
            <span key={index} className="chip">
              {port.name ? `${port.name} ` : ''}:{port.label}
            </span>
          ))}
        </div>
      )}
      {resources && <div className="container-node__resources">{resources}</div>}
      {probes.length > 0 && (
        <div className="container-node__probes">
          {probes.map((probe) => (
            <span key={probe.kind} className={`probe-badge probe-badge--${probe.kind}`} title={`${probe.label} probe: ${probe.handler}`}>
              {probe.label}: {probe.handler}
            </span>
          ))}
        </div>
      )}
    </div>
  );
});

function ImageLine({ image }: { image: string | null }) {
  if (!image) return <div className="container-node__image container-node__image--missing">no image</div>;
  const reference = parseImageReference(image);
  const pinning = imagePinning(image);
  return (
    <div className="container-node__image" title={image}>
      <span className="container-node__repository">{reference.repository}</span>
      {reference.tag && <span className={`image-tag image-tag--${pinning}`}>:{reference.tag}</span>}
      {reference.digest && <span className="image-tag image-tag--digest">@{reference.digest.slice(0, 15)}…</span>}
      {pinning === 'none' && <span className="image-tag image-tag--none">no tag</span>}
      {pinning === 'latest' && <span className="image-warning">⚠ unpinned</span>}
    </div>
  );
}
