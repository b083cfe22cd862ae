import type { Exercise } from '../../catalog/exercises';
import { exerciseHash } from '../../exercises/exerciseLink';

/** The full address that opens the exercise with its own locks, for a handout or the instructor view. */
export function exerciseLinkAddress(exercise: Exercise): string {
  return `${window.location.origin}${window.location.pathname}${exerciseHash(exercise.id, exercise.locked ?? [])}`;
}
