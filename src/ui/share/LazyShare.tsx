import { lazy, Suspense } from 'react';

const CopyShareLinkButton = lazy(() =>
  import('./CopyShareLinkButton').then((module) => ({ default: module.CopyShareLinkButton })),
);
const SharedDesignArrival = lazy(() =>
  import('./SharedDesignArrival').then((module) => ({ default: module.SharedDesignArrival })),
);

/** "Copy share link", loaded after the first screen with the share-link code (a chunk of its own). */
export function LazyCopyShareLinkButton() {
  return (
    <Suspense
      fallback={
        <button type="button" disabled>
          Copy share link
        </button>
      }
    >
      <CopyShareLinkButton />
    </Suspense>
  );
}

/** Opens a `#design=…` link once the share-link code has loaded, right after the first screen. */
export function LazySharedDesignArrival() {
  return (
    <Suspense fallback={null}>
      <SharedDesignArrival />
    </Suspense>
  );
}
