import { Handle, type NodeProps, Position } from '@xyflow/react';
import { type CSSProperties, memo } from 'react';
import { type ContainerCard, containerCounts } from '../../../graph/containerCard';
import { describeImage } from '../../../graph/describe/describeImage';
import type { ContainerNode as ContainerNodeType } from '../../../graph/graphTypes';
import { PROBE_ICONS, ROLE_ICONS, volumeIcon } from '../../../graph/nodeIcons';
import { CanvasIcon } from '../../kit/CanvasIcon';
import { FindingBadge } from '../FindingBadge';
import { ContainerActions } from './ContainerActions';
import { ContainerSimulationChip } from './ContainerSimulationChip';

const lines = (count: number) => ({ '--lines': count }) as CSSProperties;

/**
 * A container: role and name first, then its image, ports, probes, resources and one row per
 * mount (where the mount's line ends). Sizes come from the canvas metrics, so the node is exactly
 * as tall as the layout made room for. Details are hidden at low zoom by the canvas's level of
 * detail class (the name then grows), without rendering anything again.
 */
export const ContainerNode = memo(function ContainerNode({ data, selected }: NodeProps<ContainerNodeType>) {
  const { card, role, density } = data;
  return (
    <div
      className={`container-node container-node--${role}${selected ? ' is-selected' : ''}${data.occurrence > 1 ? ' is-duplicate' : ''}`}
    >
      <Handle type="target" position={Position.Bottom} id="mounts" className="container-node__handle" />
      <Handle type="target" position={Position.Right} id="refs" className="reference-handle" isConnectable={false} />
      <ContainerSimulationChip name={data.name} />
      <div className="container-node__role">
        <CanvasIcon icon={ROLE_ICONS[role]} size={13} />
        <span className="container-node__role-label">{card.roleLabel}</span>
        <FindingBadge />
      </div>
      <div className="container-node__name" style={lines(card.nameLines)}>
        {card.name}
      </div>
      <ImageLine image={card.image} count={card.imageLines} />
      {density === 'compact' ? (
        <div className="container-node__counts container-node__detail">{containerCounts(card)}</div>
      ) : (
        <Details card={card} name={data.name} role={role} />
      )}
    </div>
  );
});

function Details({ card, name, role }: { card: ContainerCard; name: string; role: ContainerNodeType['data']['role'] }) {
  return (
    <>
      {card.ports && (
        <div className="container-node__ports container-node__detail" title={`Ports: ${card.ports}`}>
          <span className="container-node__caption">ports</span> {card.ports}
        </div>
      )}
      {card.probes.length > 0 && (
        <ul className="container-node__probes container-node__detail" aria-label="Probes">
          {card.probes.map((probe) => (
            <li
              key={probe.kind}
              className={`probe-row probe-row--${probe.kind}`}
              title={`${probe.label} probe: ${probe.handler}`}
            >
              <CanvasIcon icon={PROBE_ICONS[probe.kind]} size={13} />
              <span className="probe-row__kind">{probe.label}</span>{' '}
              <span className="probe-row__handler">{probe.handler}</span>
            </li>
          ))}
        </ul>
      )}
      {card.resources && (
        <div className="container-node__resources container-node__detail" title={`Resources: ${card.resources}`}>
          {card.resources}
        </div>
      )}
      {card.mounts.length > 0 && (
        <ul className="container-node__mounts container-node__detail" aria-label="Mounts">
          {card.mounts.map((mount) => (
            <li
              key={mount.index}
              className={`mount-row${mount.volumeType === 'missing' ? ' is-missing' : ''}`}
              title={`${mount.volume} at ${mount.path}${mount.subPath ? ` (sub-path ${mount.subPath})` : ''}${mount.readOnly ? ', read-only' : ''}`}
            >
              <CanvasIcon icon={volumeIcon(mount.volumeType)} size={13} />
              <span className="mount-row__path">
                {mount.path || '?'}
                {mount.subPath ? ` (${mount.subPath})` : ''}
              </span>
              {mount.readOnly && (
                <abbr className="mount-row__read-only" title="read-only">
                  ro
                </abbr>
              )}
              <span className="mount-row__volume">{mount.volume}</span>
            </li>
          ))}
        </ul>
      )}
      <ContainerActions name={name} role={role} />
    </>
  );
}

function ImageLine({ image, count }: { image: string | null; count: number }) {
  if (!image)
    return (
      <div className="container-node__image container-node__image--missing container-node__detail" style={lines(1)}>
        no image
      </div>
    );
  const summary = describeImage(image);
  return (
    <div className="container-node__image container-node__detail" title={image} style={lines(count)}>
      <span className="container-node__repository">{withBreaks(summary.repository)}</span>
      {summary.tag && (
        <span className={`image-tag image-tag--${summary.warning === 'latest' ? 'latest' : 'tag'}`}>
          :<wbr />
          {summary.tag}
        </span>
      )}
      {summary.digest && (
        <span className="image-tag image-tag--digest">
          @<wbr />
          {summary.digest}
        </span>
      )}
      {summary.warning && <span className="image-warning-chip">{summary.warning}</span>}
    </div>
  );
}

/** An image reference with break opportunities after its separators (as the layout counted its lines). */
function withBreaks(reference: string) {
  return reference.split(/(?<=[/:@])/).map((part, index) => (
    <span key={index}>
      {index > 0 && <wbr />}
      {part}
    </span>
  ));
}
