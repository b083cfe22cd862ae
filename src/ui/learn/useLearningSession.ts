import { useCallback, useEffect, useRef, useState } from 'react';
import type { Exercise } from '../../catalog/exercises';
import type { PodTemplate } from '../../catalog/templates';
import { exerciseHash, exerciseIdFromHash, exerciseLinkAction } from '../../exercises/exerciseLink';
import type { DesignerStore } from '../../store/designerStore';
import { exerciseInProgress, rememberExerciseInProgress } from './exerciseTabMemory';
import type { GalleryTab, LearningGuide } from './learningGuide';

export interface LearningSession {
  readonly galleryTab: GalleryTab | null;
  readonly guide: LearningGuide | null;
  /** An exercise a link asked for, waiting for the user to say whether it may replace their design. */
  readonly linkedExercise: Exercise | null;
  openGallery(tab: GalleryTab): void;
  closeGallery(): void;
  openTemplate(template: PodTemplate): void;
  startExercise(exercise: Exercise): void;
  /** Shows the linked exercise's guide over the user's own design, replacing nothing. */
  keepDesignForLinkedExercise(): void;
  closeGuide(): void;
}

/**
 * The gallery, the guide beside the canvas and `#exercise=<id>` links. Opening a template or an
 * exercise replaces the design as one undo step; the active exercise is mirrored in the URL so
 * the address bar always holds a link an instructor can share.
 */
export function useLearningSession(store: DesignerStore): LearningSession {
  const [galleryTab, setGalleryTab] = useState<GalleryTab | null>(null);
  const [guide, setGuide] = useState<LearningGuide | null>(null);
  const [linkedExercise, setLinkedExercise] = useState<Exercise | null>(null);

  const showExercise = useCallback((exercise: Exercise) => {
    setGuide({ kind: 'exercise', exercise });
    setGalleryTab(null);
    setLinkedExercise(null);
    rememberExerciseInProgress(exercise.id);
    if (exerciseIdFromHash(window.location.hash) !== exercise.id)
      window.history.replaceState(window.history.state, '', exerciseHash(exercise.id));
  }, []);

  const leaveExercise = useCallback(() => {
    rememberExerciseInProgress(null);
    if (exerciseIdFromHash(window.location.hash) !== null)
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }, []);

  const startExercise = useCallback(
    (exercise: Exercise) => {
      store.getState().loadText(exercise.starterYaml, `Start exercise: ${exercise.title}`);
      showExercise(exercise);
    },
    [store, showExercise],
  );

  // The link listener outlives renders; it reads the current guide through a ref.
  const guideRef = useRef(guide);
  useEffect(() => {
    guideRef.current = guide;
  }, [guide]);

  useEffect(() => {
    const follow = async (): Promise<void> => {
      const id = exerciseIdFromHash(window.location.hash);
      if (id === null) return;
      // The exercises load with the first link to one (they are not part of the first screen).
      const { findExercise } = await import('../../catalog/exercises');
      const exercise = findExercise(id);
      if (!exercise) {
        store
          .getState()
          .showNotice(`The link names an exercise "${id}" that this version of Pod Designer does not have.`, 'error');
        return;
      }
      const current = guideRef.current;
      if (current?.kind === 'exercise' && current.exercise.id === id) return;
      const action = exerciseLinkAction(id, exerciseInProgress(), store.getState().text, exercise.starterYaml);
      if (action === 'resume') showExercise(exercise);
      else if (action === 'start') startExercise(exercise);
      else setLinkedExercise(exercise);
    };
    const onHashChange = (): void => void follow();
    onHashChange();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [store, showExercise, startExercise]);

  return {
    galleryTab,
    guide,
    linkedExercise,
    openGallery: setGalleryTab,
    closeGallery: () => setGalleryTab(null),
    openTemplate(template) {
      store.getState().loadText(template.yaml, `Open template: ${template.title}`);
      setGuide({ kind: 'template', template });
      setGalleryTab(null);
      leaveExercise();
    },
    startExercise,
    keepDesignForLinkedExercise() {
      if (linkedExercise) showExercise(linkedExercise);
    },
    closeGuide() {
      setGuide(null);
      leaveExercise();
    },
  };
}
