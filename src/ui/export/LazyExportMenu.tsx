import { lazy, Suspense } from 'react';

const ExportMenu = lazy(() => import('./ExportMenu').then((module) => ({ default: module.ExportMenu })));

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
