import { Suspense } from 'react';
import type { OpenDialog } from '../../store/session/openDialog';
import { lazyPart } from '../kit/lazyPart';
import { useDesigner } from './DesignerStoreContext';

// Each dialog is a chunk of its own, fetched after the first screen (preloadLazyParts) and shown
// when opened; until it has arrived nothing is drawn (a modal dialog displaces nothing).
const CommandPalette = lazyPart(() => import('../commands/CommandPalette'), 'CommandPalette');
const LearnDialog = lazyPart(() => import('../learn/LearnDialog'), 'LearnDialog');
const ReplaceDesignDialog = lazyPart(() => import('../learn/ReplaceDesignDialog'), 'ReplaceDesignDialog');
const ReplaceWithSharedDesignDialog = lazyPart(
  () => import('../share/ReplaceWithSharedDesignDialog'),
  'ReplaceWithSharedDesignDialog',
);
const ShareLinkDialog = lazyPart(() => import('../share/ShareLinkDialog'), 'ShareLinkDialog');

/** The modal dialog the session has open, if any (session state: `dialog` in the store). */
export function AppDialogs() {
  const dialog = useDesigner((state) => state.dialog);
  return <Suspense fallback={null}>{dialogOf(dialog)}</Suspense>;
}

function dialogOf(dialog: OpenDialog | null) {
  switch (dialog?.kind) {
    case undefined:
      return null;
    case 'gallery':
      return <LearnDialog tab={dialog.tab} />;
    case 'commandPalette':
      return <CommandPalette />;
    case 'shareLink':
      return <ShareLinkDialog link={dialog.link} />;
    case 'replaceWithExercise':
      return <ReplaceDesignDialog exercise={dialog.exercise} />;
    case 'replaceWithSharedDesign':
      return <ReplaceWithSharedDesignDialog design={dialog.design} />;
  }
}
