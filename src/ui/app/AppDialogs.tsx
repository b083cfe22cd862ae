import { CommandPalette } from '../commands/CommandPalette';
import { ExerciseSolutionDialog } from '../learn/ExerciseSolutionDialog';
import { HandoutDialog } from '../learn/HandoutDialog';
import { InstructorView } from '../learn/InstructorView';
import { LeaveExerciseDialog } from '../learn/LeaveExerciseDialog';
import { LearnDialog } from '../learn/LearnDialog';
import { ReplaceDesignDialog } from '../learn/ReplaceDesignDialog';
import { ReplaceWithSharedDesignDialog } from '../share/ReplaceWithSharedDesignDialog';
import { ShareLinkDialog } from '../share/ShareLinkDialog';
import { useDesigner } from './DesignerStoreContext';

/** The modal dialog the session has open, if any (session state: `dialog` in the store). */
export function AppDialogs() {
  const dialog = useDesigner((state) => state.dialog);
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
  }
}
