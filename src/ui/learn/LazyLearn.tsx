import { type ComponentProps, lazy, Suspense } from 'react';

/**
 * Templates and exercises load when they are first shown: the gallery, the guide beside the
 * canvas and the "replace your design?" question are a chunk of their own, with the catalog.
 */
const GuidePanel = lazy(() => import('./GuidePanel').then((module) => ({ default: module.GuidePanel })));
const LearnDialog = lazy(() => import('./LearnDialog').then((module) => ({ default: module.LearnDialog })));
const ReplaceDesignDialog = lazy(() =>
  import('./ReplaceDesignDialog').then((module) => ({ default: module.ReplaceDesignDialog })),
);

export function LazyGuidePanel(props: ComponentProps<typeof GuidePanel>) {
  return (
    <Suspense fallback={null}>
      <GuidePanel {...props} />
    </Suspense>
  );
}

export function LazyLearnDialog(props: ComponentProps<typeof LearnDialog>) {
  return (
    <Suspense fallback={null}>
      <LearnDialog {...props} />
    </Suspense>
  );
}

export function LazyReplaceDesignDialog(props: ComponentProps<typeof ReplaceDesignDialog>) {
  return (
    <Suspense fallback={null}>
      <ReplaceDesignDialog {...props} />
    </Suspense>
  );
}
