import { useEffect, useRef } from 'react';
import {
  exerciseHash,
  exerciseIdFromHash,
  exerciseLinkAction,
  exerciseLocksFromHash,
} from '../../exercises/exerciseLink';
import type { DesignerState } from '../../store/designerStore';
import { useDesigner, useDesignerStore } from '../app/DesignerStoreContext';

/** The exercise whose goal the guide shows, or null. */
const exerciseOnScreen = (state: DesignerState): string | null =>
  state.guide?.kind === 'exercise' ? state.guide.exercise.id : null;

/** The part of the Navigation API's `navigate` event this hook reads (Chromium has it; elsewhere `hashchange` does). */
interface NavigateEvent {
  readonly navigationType: 'push' | 'replace' | 'reload' | 'traverse';
  readonly destination: { readonly sameDocument: boolean };
}

/**
 * `#exercise=<id>` links: opening one starts the exercise, resumes it (this tab works on it and
 * has not changed its design) or asks before replacing the user's design — including the
 * learner's own work on the same exercise, which the link would start again (a reload asks too,
 * as it cannot be told from opening the link again). While an exercise is open the
 * address bar holds its link, so an instructor can copy it from there. Where the Navigation API
 * exists its `navigate` event also catches opening the very same address, which fires no
 * `hashchange`.
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
      const locks = exerciseLocksFromHash(window.location.hash) ?? undefined;
      const action = exerciseLinkAction(id, state.exerciseInProgress, state.text, exercise.starterYaml);
      if (action === 'resume') state.showExerciseGuide(exercise, locks);
      else if (action === 'start') state.startExercise(exercise, locks);
      else
        state.openDialog({
          kind: 'replaceWithExercise',
          exercise,
          restart: action === 'confirmRestart',
          ...(locks ? { locks } : {}),
        });
    };
    const onFollow = (): void => void follow();
    onFollow();
    const navigation = (window as { navigation?: EventTarget }).navigation;
    // A link opened in this document (the same address again included) is followed once it has
    // changed the address, a task later. `replace` is the app's own history.replaceState.
    const onNavigate = (event: Event) => {
      const navigate = event as unknown as NavigateEvent;
      if (navigate.destination.sameDocument && navigate.navigationType !== 'replace') window.setTimeout(onFollow, 0);
    };
    if (navigation) navigation.addEventListener('navigate', onNavigate);
    else window.addEventListener('hashchange', onFollow);
    return () => {
      navigation?.removeEventListener('navigate', onNavigate);
      window.removeEventListener('hashchange', onFollow);
    };
  }, [store]);

  const exerciseId = useDesigner(exerciseOnScreen);
  const locks = useDesigner((state) => state.locks);
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const inAddress = exerciseIdFromHash(window.location.hash);
    const hash = exerciseId === null ? null : exerciseHash(exerciseId, locks);
    if (hash !== null && window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
    // Leaving the exercise (another template, the guide closed) takes its link out of the address bar.
    if (exerciseId === null && shown.current !== null && inAddress !== null)
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    shown.current = exerciseId;
  }, [exerciseId, locks]);
}
