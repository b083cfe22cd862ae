import { Icon, type LucideIconNode } from 'lucide-react';
import type { IconNode } from '../../graph/nodeIcons';

/**
 * An icon of the canvas's table (graph/nodeIcons), drawn by lucide-react: the same paths the SVG
 * export draws. Decorative: the text beside it says what it means.
 */
export function CanvasIcon({ icon, size = 16, className }: { icon: IconNode; size?: number; className?: string }) {
  return (
    <Icon
      iconNode={icon as LucideIconNode[]}
      size={size}
      strokeWidth={2}
      aria-hidden="true"
      focusable="false"
      {...(className ? { className } : {})}
    />
  );
}
