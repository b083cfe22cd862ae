import { type LazyExoticComponent, lazy, type ReactNode } from 'react';

/** The loaders of every lazy part, for {@link preloadLazyParts}. */
const loaders: (() => Promise<unknown>)[] = [];

/**
 * A component from a chunk of its own (React.lazy of a named export). The chunk loads when the
 * part first renders, or earlier with {@link preloadLazyParts}; render it inside a Suspense whose
 * fallback takes the part's place, so nothing moves when it arrives.
 */
export function lazyPart<Name extends string, Props>(
  load: () => Promise<Record<Name, (props: Props) => ReactNode>>,
  name: Name,
): LazyExoticComponent<(props: Props) => ReactNode> {
  loaders.push(load);
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

/**
 * Fetches every lazy part's chunk once the first screen is painted and the browser is idle, so
 * a menu, dialog or panel opens at once on its first use instead of waiting for the network.
 */
export function preloadLazyParts(): void {
  const load = (): void => {
    for (const loader of loaders) void loader().catch(() => undefined);
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 3000 });
  else setTimeout(load, 1000);
}
