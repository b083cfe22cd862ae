import type { DesignerNode } from '../../graph/graphTypes';

/** Minimap fill of a node: the colours of the canvas (containers by role, volumes, the pod box). */
export function minimapNodeColor(node: DesignerNode): string {
  switch (node.type) {
    case 'pod':
      return 'var(--pod-bg)';
    case 'lane':
      return 'var(--lane-bg)';
    case 'shelf':
      return 'transparent';
    case 'container':
      return `var(--${node.data.role})`;
    case 'volume':
      return 'var(--volume)';
    default:
      return 'var(--text-muted)';
  }
}

/** Only the pod box gets an outline, so the overview reads as "a pod holding its parts". */
export function minimapNodeStroke(node: DesignerNode): string {
  return node.type === 'pod' ? 'var(--app)' : 'transparent';
}
