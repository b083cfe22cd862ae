import type { Exercise } from '../../catalog/exercises';
import type { LockedPart } from '../../catalog/exercises/exercise';
import { NEW_POD_YAML } from '../../catalog/newPodManifest';
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
  /** How many of the exercise's hints the learner has asked for (each more specific). */
  readonly hintsShown: number;
  /** The parts of the design the open exercise locks: edits that change them are refused. */
  readonly locks: readonly LockedPart[];
  /** The part the presenter's step-by-step reveal shows (index into its steps), or null before it starts. */
  readonly revealIndex: number | null;
}

export interface LearningActions {
  openDialog(dialog: OpenDialog): void;
  closeDialog(): void;
  /** Replaces the design with a template (one undo step) and explains it above the canvas. */
  openTemplate(template: PodTemplate): void;
  /**
   * Replaces the design with the exercise's starting design (one undo step) and shows its goal;
   * `locks` as its link says, else the exercise's own.
   */
  startExercise(exercise: Exercise, locks?: readonly LockedPart[]): void;
  /** Shows an exercise's goal for the design as it is, replacing nothing (a reload, or "keep my design"). */
  showExerciseGuide(exercise: Exercise, locks?: readonly LockedPart[]): void;
  closeGuide(): void;
  setRevealIndex(index: number | null): void;
  /** Reveals the exercise's next, more specific hint. */
  showNextHint(): void;
  /** "New": replaces the design with a new pod (one undo step) and leaves any template or exercise. */
  startNewPod(): void;
}

const NO_LOCKS: readonly LockedPart[] = [];

export function createLearningSlice(
  set: SetDesignerState,
  get: GetDesignerState,
  exerciseInProgress: string | null,
): LearningState & LearningActions {
  return {
    guide: null,
    exerciseInProgress,
    dialog: null,
    hintsShown: 0,
    locks: NO_LOCKS,
    revealIndex: null,

    setRevealIndex(index) {
      set({ revealIndex: index });
    },

    openDialog(dialog) {
      set({ dialog });
    },

    closeDialog() {
      if (get().dialog !== null) set({ dialog: null });
    },

    openTemplate(template) {
      get().loadText(template.yaml, `Open template: ${template.title}`);
      set({ guide: { kind: 'template', template }, exerciseInProgress: null, dialog: null, locks: NO_LOCKS });
    },

    startExercise(exercise, locks) {
      get().loadText(exercise.starterYaml, `Start exercise: ${exercise.title}`);
      set({ hintsShown: 0 });
      get().showExerciseGuide(exercise, locks);
    },

    showExerciseGuide(exercise, locks) {
      const same = get().exerciseInProgress === exercise.id;
      set({
        guide: { kind: 'exercise', exercise },
        exerciseInProgress: exercise.id,
        dialog: null,
        locks: locks ?? exercise.locked ?? NO_LOCKS,
        ...(same ? {} : { hintsShown: 0 }),
      });
    },

    closeGuide() {
      set({ guide: null, exerciseInProgress: null, locks: NO_LOCKS });
    },

    showNextHint() {
      const guide = get().guide;
      if (guide?.kind !== 'exercise') return;
      set({ hintsShown: Math.min(get().hintsShown + 1, guide.exercise.hints.length) });
    },

    startNewPod() {
      get().loadText(NEW_POD_YAML, 'New pod');
      set({ guide: null, exerciseInProgress: null, dialog: null, locks: NO_LOCKS });
    },
  };
}
