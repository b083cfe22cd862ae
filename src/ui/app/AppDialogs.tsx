import { Suspense } from 'react';
import type { OpenDialog } from '../../store/session/openDialog';
import { lazyPart } from '../kit/lazyPart';
import { useDesigner } from './DesignerStoreContext';

// Each dialog is a chunk of its own, fetched after the first screen (preloadLazyParts) and shown
// when opened; until it has arrived nothing is drawn (a modal dialog displaces nothing).
const CommandPalette = lazyPart(() => import('../commands/CommandPalette'), 'CommandPalette');
const LearnDialog = lazyPart(() => import('../learn/LearnDialog'), 'LearnDialog');
const ReplaceDesignDialog = lazyPart(() => import('../learn/ReplaceDesignDialog'), 'ReplaceDesignDialog');
const ExerciseSolutionDialog = lazyPart(() => import('../learn/ExerciseSolutionDialog'), 'ExerciseSolutionDialog');
const InstructorView = lazyPart(() => import('../learn/InstructorView'), 'InstructorView');
const HandoutDialog = lazyPart(() => import('../learn/HandoutDialog'), 'HandoutDialog');
const LeaveExerciseDialog = lazyPart(() => import('../learn/LeaveExerciseDialog'), 'LeaveExerciseDialog');
const ReplaceWithSharedDesignDialog = lazyPart(
  () => import('../share/ReplaceWithSharedDesignDialog'),
  'ReplaceWithSharedDesignDialog',
);
const LabelFollowersDialog = lazyPart(() => import('../inspector/LabelFollowersDialog'), 'LabelFollowersDialog');
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
      return <ReplaceDesignDialog exercise={dialog.exercise} restart={dialog.restart ?? false} locks={dialog.locks} />;
    case 'exerciseSolution':
      return <ExerciseSolutionDialog exercise={dialog.exercise} />;
    case 'instructorView':
      return <InstructorView />;
    case 'exerciseHandout':
      return <HandoutDialog exercise={dialog.exercise} />;
    case 'leaveExercise':
      return <LeaveExerciseDialog exercise={dialog.exercise} />;
    case 'replaceWithSharedDesign':
      return <ReplaceWithSharedDesignDialog design={dialog.design} />;
    case 'podLabelFollowers':
      return (
        <LabelFollowersDialog edit={dialog.edit} followers={dialog.followers} workloadKind={dialog.workloadKind} />
      );
  }
}
