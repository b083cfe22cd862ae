import { Icon, type LucideIconNode } from 'lucide-react';
import type { IconNode } from '../../graph/nodeIcons';

/** The icon's elements with the React keys lucide-react expects (the vanilla lucide table has none). */
const keyedNodes = new WeakMap<IconNode, LucideIconNode[]>();

function withKeys(icon: IconNode): LucideIconNode[] {
  let keyed = keyedNodes.get(icon);
  if (!keyed) {
    keyed = icon.map(([tag, attributes], index) => [tag, { ...attributes, key: `${tag}-${index}` }] as LucideIconNode);
    keyedNodes.set(icon, keyed);
  }
  return keyed;
}

/**
 * An icon of the canvas's table (graph/nodeIcons), drawn by lucide-react: the same paths the SVG
 * export draws. Decorative: the text beside it says what it means.
 */
export function CanvasIcon({ icon, size = 16, className }: { icon: IconNode; size?: number; className?: string }) {
  return (
    <Icon
      iconNode={withKeys(icon)}
      size={size}
      strokeWidth={2}
      aria-hidden="true"
      focusable="false"
      {...(className ? { className } : {})}
    />
  );
}
