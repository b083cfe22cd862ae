import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { describePorts, describeProbes, describeResources } from '../../../graph/describe/describeContainer';
import { describeImage } from '../../../graph/describe/describeImage';
import type { ContainerNode as ContainerNodeType } from '../../../graph/graphTypes';
import { roleLabel } from '../../../graph/projectGraph';
import { field } from '../../../model/jsonValue';
import { ContainerSimulationChip } from './ContainerSimulationChip';
import { ContainerActions } from './ContainerActions';
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
      <Handle type="target" position={Position.Right} id="refs" className="reference-handle" isConnectable={false} />
      {/* The header is a row, so a findings badge can sit at its end. */}
      <div className="container-node__header">
        <div className="container-node__title">
          <span className="container-node__role">
            {data.order !== null ? `${data.order}. ` : ''}
            {roleLabel(data.role)}
          </span>
          <span className="container-node__name">{data.name || '(unnamed)'}</span>
        </div>
        <FindingBadge />
      </div>
      <ContainerSimulationChip name={data.name} />
      <ImageLine image={typeof image === 'string' ? image : null} />
      {ports.length > 0 && (
        <div className="container-node__ports" role="group" aria-label="Ports">
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
            <span
              key={probe.kind}
              className={`probe-badge probe-badge--${probe.kind}`}
              title={`${probe.label} probe: ${probe.handler}`}
            >
              <strong>{probe.label}</strong> {probe.handler}
            </span>
          ))}
        </div>
      )}
      <ContainerActions name={data.name} role={data.role} />
    </div>
  );
});

function ImageLine({ image }: { image: string | null }) {
  if (!image) return <div className="container-node__image container-node__image--missing">⚠ no image</div>;
  const summary = describeImage(image);
  return (
    <div className="container-node__image" title={image}>
      <span className="container-node__repository">{summary.repository}</span>
      {summary.tag && (
        <span className={`image-tag image-tag--${summary.warning === 'latest' ? 'latest' : 'tag'}`}>
          :{summary.tag}
        </span>
      )}
      {summary.digest && <span className="image-tag image-tag--digest">@{summary.digest}</span>}
      {summary.warning && <span className="image-warning-chip">⚠ {summary.warning}</span>}
    </div>
  );
}
