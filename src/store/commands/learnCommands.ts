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
    id: 'share.copyExerciseLink',
    label: 'Copy link to this exercise',
    group: 'share',
    keywords: ['workshop', 'class', 'url'],
    unavailable: (state) => (state.guide?.kind === 'exercise' ? null : 'No exercise is open.'),
    run: async ({ store, effects }) => {
      const guide = store.getState().guide;
      if (guide?.kind !== 'exercise') return null;
      const link = `${effects.pageAddress()}${exerciseHash(guide.exercise.id)}`;
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
