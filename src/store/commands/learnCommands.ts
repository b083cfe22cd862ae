import { exerciseHash } from '../../exercises/exerciseLink';
import { selectPanelOpen } from '../session/layoutSlice';
import type { Command } from './command';

/** Templates, exercises and the guide that explains them. */
export const LEARN_COMMANDS: readonly Command[] = [
  {
    id: 'learn.templates',
    label: 'New from template…',
    group: 'learn',
    keywords: ['pattern', 'example', 'sidecar', 'gallery'],
    run: ({ store }) => store.getState().openDialog({ kind: 'gallery', tab: 'templates' }),
  },
  {
    id: 'learn.exercises',
    label: 'Exercises…',
    group: 'learn',
    keywords: ['workshop', 'practice', 'goal', 'gallery'],
    run: ({ store }) => store.getState().openDialog({ kind: 'gallery', tab: 'exercises' }),
  },
  {
    id: 'learn.instructorView',
    label: 'Instructor view…',
    group: 'learn',
    keywords: ['workshop', 'teacher', 'handout', 'print', 'qr', 'class', 'exercises'],
    run: ({ store }) => store.getState().openDialog({ kind: 'instructorView' }),
  },
  {
    id: 'learn.explanation',
    label: 'Explanation',
    group: 'learn',
    shortcuts: ['Alt+G'],
    keywords: ['show', 'hide', 'toggle', 'guide', 'template', 'exercise', 'goal', 'collapse'],
    unavailable: (state) => (state.guide ? null : 'No template or exercise is open.'),
    checked: (state) => state.guide !== null && selectPanelOpen('guide')(state),
    run: ({ store }) => {
      const open = !selectPanelOpen('guide')(store.getState());
      store.getState().setPanelOpen('guide', open);
      return open;
    },
  },
  {
    id: 'learn.nextHint',
    label: 'Show a hint',
    group: 'learn',
    keywords: ['exercise', 'help', 'stuck', 'clue'],
    unavailable: (state) => {
      if (state.guide?.kind !== 'exercise') return 'No exercise is open.';
      return state.hintsShown < state.guide.exercise.hints.length ? null : 'Every hint is shown.';
    },
    run: ({ store }) => {
      store.getState().showNextHint();
      return store.getState().hintsShown;
    },
  },
  {
    id: 'learn.showSolution',
    label: 'Show the solution',
    group: 'learn',
    keywords: ['exercise', 'answer', 'diff'],
    unavailable: (state) => (state.guide?.kind === 'exercise' ? null : 'No exercise is open.'),
    run: ({ store }) => {
      const guide = store.getState().guide;
      if (guide?.kind !== 'exercise') return null;
      store.getState().openDialog({ kind: 'exerciseSolution', exercise: guide.exercise });
      return guide.exercise.id;
    },
  },
  {
    id: 'learn.nextExercise',
    label: 'Next exercise',
    group: 'learn',
    keywords: ['exercise', 'continue', 'following'],
    unavailable: (state) => (state.guide?.kind === 'exercise' ? null : 'No exercise is open.'),
    run: async ({ store }) => {
      const guide = store.getState().guide;
      if (guide?.kind !== 'exercise') return null;
      // The exercises are a chunk of their own, loaded after the first screen.
      const { nextExercise } = await import('../../catalog/exercises');
      const next = nextExercise(guide.exercise.id);
      if (!next) {
        store.getState().showNotice('This is the last exercise.', 'info');
        return null;
      }
      store.getState().startExercise(next);
      return next.id;
    },
  },
  {
    id: 'share.copyExerciseLink',
    label: 'Copy link to this exercise',
    group: 'share',
    keywords: ['workshop', 'class', 'url'],
    unavailable: (state) => (state.guide?.kind === 'exercise' ? null : 'No exercise is open.'),
    run: async ({ store, effects }) => {
      const { guide, locks } = store.getState();
      if (guide?.kind !== 'exercise') return null;
      const link = `${effects.pageAddress()}${exerciseHash(guide.exercise.id, locks)}`;
      const copied = await effects.copyText(link);
      store
        .getState()
        .showNotice(
          copied
            ? `Link to the exercise copied: ${link}`
            : `The browser did not allow copying; share this link: ${link}`,
          'info',
        );
      return link;
    },
  },
];
