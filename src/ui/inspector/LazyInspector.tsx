import { Suspense } from 'react';
import { lazyPart } from '../kit/lazyPart';

const Inspector = lazyPart(() => import('./Inspector'), 'Inspector');

/**
 * The inspector, loaded after the first screen (its forms are a chunk of their own): until then
 * its pane is there, empty, so nothing moves when it arrives.
 */
export function LazyInspector() {
  return (
    <Suspense
      fallback={
        <aside className="inspector" aria-label="Inspector" aria-busy="true">
          <header className="pane-header">
            <h2>Inspector</h2>
          </header>
        </aside>
      }
    >
      <Inspector />
    </Suspense>
  );
}
