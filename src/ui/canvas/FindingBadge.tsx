import { useNodeId } from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import { selectFindingCountsOf } from '../../store/findingEntities';
import { useDesigner, useDesignerStore } from '../app/DesignerStoreContext';
import './findingBadge.css';

/**
 * The validator's error and warning counts of the node it sits in (icon and number, with the
 * words for screen readers), or nothing when the node has none. Reads its node's id from React Flow.
 * Clicking it selects the node and opens the problems panel.
 */
export function FindingBadge() {
  const store = useDesignerStore();
  const id = useNodeId() ?? '';
  const counts = useDesigner(useShallow(selectFindingCountsOf(id)));
  if (counts.error === 0 && counts.warning === 0) return null;
  const words = [
    counts.error > 0 ? `${counts.error} ${counts.error === 1 ? 'error' : 'errors'}` : '',
    counts.warning > 0 ? `${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'}` : '',
  ].filter(Boolean);
  return (
    <button
      type="button"
      className="finding-badge nodrag"
      aria-label={`${words.join(', ')}: show the problems`}
      title={`${words.join(', ')}: show the problems`}
      data-testid="finding-badge"
      onClick={(event) => {
        event.stopPropagation();
        store.getState().select([id], 'canvas');
        store.getState().openDock('problems');
      }}
    >
      {counts.error > 0 && <span className="finding-badge__count finding-badge__count--error">✖ {counts.error}</span>}
      {counts.warning > 0 && (
        <span className="finding-badge__count finding-badge__count--warning">⚠ {counts.warning}</span>
      )}
    </button>
  );
}
