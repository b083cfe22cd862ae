import { useNodeId } from '@xyflow/react';
import { selectFindingCountsOf } from '../../store/findingEntities';
import { useDesigner } from '../app/DesignerStoreContext';
import './findingBadge.css';

/**
 * The validator's error and warning counts of the node it sits in (icon and number, with the
 * words for screen readers), or nothing when the node has none. Reads its node's id from React Flow.
 */
export function FindingBadge() {
  const id = useNodeId() ?? '';
  const counts = useDesigner(selectFindingCountsOf(id));
  if (counts.error === 0 && counts.warning === 0) return null;
  const words = [
    counts.error > 0 ? `${counts.error} ${counts.error === 1 ? 'error' : 'errors'}` : '',
    counts.warning > 0 ? `${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'}` : '',
  ].filter(Boolean);
  return (
    <span className="finding-badge" role="img" aria-label={words.join(', ')} title={words.join(', ')} data-testid="finding-badge">
      {counts.error > 0 && <span className="finding-badge__count finding-badge__count--error">✖ {counts.error}</span>}
      {counts.warning > 0 && <span className="finding-badge__count finding-badge__count--warning">⚠ {counts.warning}</span>}
    </span>
  );
}
