import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { MapCardNode } from '../../graph/applicationMap';
import { POD_ICON, referenceIcon, ROLE_ICONS } from '../../graph/nodeIcons';
import { CanvasIcon } from '../kit/CanvasIcon';

const ROLE_WORDS = { app: 'app', init: 'init', sidecar: 'sidecar' } as const;

/**
 * One object of the file on the application map. A workload lists its containers by role (each
 * row a handle the Service ports reach) and opens its pod view on double-click or Enter.
 */
export const MapCard = memo(function MapCard({ data, selected }: NodeProps<MapCardNode>) {
  const { status } = data;
  return (
    <div
      className={`map-card map-card--${data.category}${selected ? ' is-selected' : ''}`}
      data-kind={data.kind}
      title={data.designable ? 'Double-click or press Enter to design its pod' : undefined}
    >
      <Handle type="target" position={Position.Left} id="pod" isConnectable={false} className="map-card__handle" />
      <Handle type="source" position={Position.Right} isConnectable={false} className="map-card__handle" />
      <div className="map-card__header">
        <CanvasIcon icon={data.designable ? POD_ICON : referenceIcon(data.kind)} size={16} className="map-card__icon" />
        <span className="map-card__kind">{data.kind}</span>
        {status && (status.errors > 0 || status.warnings > 0) && (
          <span
            className="map-card__findings"
            role="img"
            aria-label={`${status.errors} errors, ${status.warnings} warnings`}
            title={`${status.errors} errors, ${status.warnings} warnings, ${status.infos} advice`}
          >
            {status.errors > 0 && <span className="map-card__count map-card__count--error">{status.errors}</span>}
            {status.warnings > 0 && <span className="map-card__count map-card__count--warning">{status.warnings}</span>}
          </span>
        )}
      </div>
      <div className="map-card__name">{data.name || '(unnamed)'}</div>
      <div className="map-card__summary">
        {[data.namespace && `ns ${data.namespace}`, data.summary].filter(Boolean).join(' · ')}
      </div>
      {data.selector !== null && (
        <div className="map-card__selector" title="The Service sends traffic to pods with these labels">
          selects {data.selector}
        </div>
      )}
      {data.designable && (
        <>
          <ul className="map-card__containers" aria-label="Containers">
            {data.containers.map((container, index) => (
              <li
                key={`${container.name}#${index}`}
                className={`map-card__container map-card__container--${container.role}`}
              >
                <Handle
                  type="target"
                  position={Position.Left}
                  id={container.handle}
                  isConnectable={false}
                  className="map-card__handle"
                />
                <CanvasIcon icon={ROLE_ICONS[container.role]} size={12} />
                <span className="map-card__container-name">{container.name}</span>
                {container.role !== 'app' && <span className="map-card__role">{ROLE_WORDS[container.role]}</span>}
              </li>
            ))}
          </ul>
          {status?.podSecurity && <div className="map-card__pss">Pod Security: {status.podSecurity}</div>}
        </>
      )}
    </div>
  );
});
