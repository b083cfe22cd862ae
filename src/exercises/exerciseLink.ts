/**
 * The exercise id of a URL hash such as `#exercise=add-readiness-probe`, or null.
 * @example exerciseIdFromHash('#exercise=fix-rejected-pod') === 'fix-rejected-pod'
 */
export function exerciseIdFromHash(hash: string): string | null {
  const parameters = new URLSearchParams(hash.replace(/^#/, ''));
  const id = parameters.get('exercise');
  return id ? id : null;
}

/** The hash that opens an exercise: `#exercise=<id>`. */
export function exerciseHash(id: string): string {
  return `#exercise=${encodeURIComponent(id)}`;
}

/**
 * Opening an exercise from a link replaces the design; ask first when that would lose work:
 * the current text is neither empty nor already the exercise's starting design.
 */
export function replacingNeedsConfirmation(currentText: string, starterText: string): boolean {
  return currentText.trim() !== '' && currentText !== starterText;
}

/** What to do when a link names an exercise. */
export type ExerciseLinkAction = 'resume' | 'start' | 'confirm';

/**
 * `resume` when this browser tab already works on the exercise (a reload keeps the learner's
 * work), `start` when nothing would be lost, else `confirm` before replacing the design.
 */
export function exerciseLinkAction(
  exerciseId: string,
  inProgressId: string | null,
  currentText: string,
  starterText: string,
): ExerciseLinkAction {
  if (inProgressId === exerciseId) return 'resume';
  return replacingNeedsConfirmation(currentText, starterText) ? 'confirm' : 'start';
}
