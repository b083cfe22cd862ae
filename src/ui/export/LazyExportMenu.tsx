import { Suspense } from 'react';
import { lazyPart } from '../kit/lazyPart';

const ExportMenu = lazyPart(() => import('./ExportMenu'), 'ExportMenu');

/** The Export menu, loaded after the first screen (diagram rendering and "export as" are a chunk of their own). */
export function LazyExportMenu() {
  return (
    <Suspense
      fallback={
        <div className="export-menu">
          <button type="button" aria-haspopup="menu" disabled>
            Export <span aria-hidden="true">▾</span>
          </button>
        </div>
      }
    >
      <ExportMenu />
    </Suspense>
  );
}
