import { EXERCISES } from '../../catalog/exercises';
import { POD_TEMPLATES } from '../../catalog/templates';
import type { Command } from './command';

/**
 * A command per template and per exercise, for the command palette. Apart from the command table
 * because they carry the catalogue (every template's YAML): the palette, a chunk loaded after the
 * first screen, lists them after the table's commands. None has a shortcut.
 */
export const CATALOG_COMMANDS: readonly Command[] = [
  ...POD_TEMPLATES.map(
    (template): Command => ({
      id: `learn.template.${template.id}`,
      label: `Open template: ${template.title}`,
      group: 'learn',
      keywords: ['pattern', ...template.tags],
      run: ({ store }) => {
        store.getState().openTemplate(template);
        return template.id;
      },
    }),
  ),
  ...EXERCISES.map(
    (exercise): Command => ({
      id: `learn.exercise.${exercise.id}`,
      label: `Start exercise: ${exercise.title}`,
      group: 'learn',
      keywords: ['workshop', 'practice'],
      run: ({ store }) => {
        store.getState().startExercise(exercise);
        return exercise.id;
      },
    }),
  ),
];
