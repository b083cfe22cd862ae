import type { Exercise } from '../../catalog/exercises';
import type { PodTemplate } from '../../catalog/templates';
import type { LearningGuide } from './learningGuide';
import type { OpenDialog } from './openDialog';
import type { GetDesignerState, SetDesignerState } from './sliceTypes';

export interface LearningState {
  /** The template or exercise explained above the canvas. */
  readonly guide: LearningGuide | null;
  /** The exercise this browser tab works on: reloading its link resumes the work instead of asking. */
  readonly exerciseInProgress: string | null;
  /** The modal dialog on screen. */
  readonly dialog: OpenDialog | null;
}

export interface LearningActions {
  openDialog(dialog: OpenDialog): void;
  closeDialog(): void;
  /** Replaces the design with a template (one undo step) and explains it above the canvas. */
  openTemplate(template: PodTemplate): void;
  /** Replaces the design with the exercise's starting design (one undo step) and shows its goal. */
  startExercise(exercise: Exercise): void;
  /** Shows an exercise's goal for the design as it is, replacing nothing (a reload, or "keep my design"). */
  showExerciseGuide(exercise: Exercise): void;
  closeGuide(): void;
}

export function createLearningSlice(
  set: SetDesignerState,
  get: GetDesignerState,
  exerciseInProgress: string | null,
): LearningState & LearningActions {
  return {
    guide: null,
    exerciseInProgress,
    dialog: null,

    openDialog(dialog) {
      set({ dialog });
    },

    closeDialog() {
      if (get().dialog !== null) set({ dialog: null });
    },

    openTemplate(template) {
      get().loadText(template.yaml, `Open template: ${template.title}`);
      set({ guide: { kind: 'template', template }, exerciseInProgress: null, dialog: null });
    },

    startExercise(exercise) {
      get().loadText(exercise.starterYaml, `Start exercise: ${exercise.title}`);
      get().showExerciseGuide(exercise);
    },

    showExerciseGuide(exercise) {
      set({ guide: { kind: 'exercise', exercise }, exerciseInProgress: exercise.id, dialog: null });
    },

    closeGuide() {
      set({ guide: null, exerciseInProgress: null });
    },
  };
}
