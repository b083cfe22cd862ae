import { useEffect, useRef } from 'react';
import { exerciseHash, exerciseIdFromHash, exerciseLinkAction } from '../../exercises/exerciseLink';
import type { DesignerState } from '../../store/designerStore';
import { useDesigner, useDesignerStore } from '../app/DesignerStoreContext';

/** The exercise whose goal the guide shows, or null. */
const exerciseOnScreen = (state: DesignerState): string | null =>
  state.guide?.kind === 'exercise' ? state.guide.exercise.id : null;

/**
 * `#exercise=<id>` links: opening one starts the exercise, resumes it (this tab works on it
 * already) or asks before replacing the user's design. While an exercise is open the address bar
 * holds its link, so an instructor can copy it from there.
 */
export function useExerciseLinks(): void {
  const store = useDesignerStore();

  useEffect(() => {
    const follow = async (): Promise<void> => {
      const id = exerciseIdFromHash(window.location.hash);
      if (id === null) return;
      // The exercises are a chunk of their own: loaded only when a link names one.
      const { findExercise } = await import('../../catalog/exercises');
      if (exerciseIdFromHash(window.location.hash) !== id) return;
      const state = store.getState();
      const exercise = findExercise(id);
      if (!exercise) {
        state.showNotice(
          `The link names an exercise "${id}" that this version of Pod Designer does not have.`,
          'error',
        );
        return;
      }
      if (exerciseOnScreen(state) === id) return;
      const action = exerciseLinkAction(id, state.exerciseInProgress, state.text, exercise.starterYaml);
      if (action === 'resume') state.showExerciseGuide(exercise);
      else if (action === 'start') state.startExercise(exercise);
      else state.openDialog({ kind: 'replaceWithExercise', exercise });
    };
    const onHashChange = (): void => void follow();
    onHashChange();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [store]);

  const exerciseId = useDesigner(exerciseOnScreen);
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const inAddress = exerciseIdFromHash(window.location.hash);
    if (exerciseId !== null && inAddress !== exerciseId)
      window.history.replaceState(window.history.state, '', exerciseHash(exerciseId));
    // Leaving the exercise (another template, the guide closed) takes its link out of the address bar.
    if (exerciseId === null && shown.current !== null && inAddress !== null)
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    shown.current = exerciseId;
  }, [exerciseId]);
}
