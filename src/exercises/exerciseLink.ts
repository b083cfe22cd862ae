import type { LockedPart } from '../catalog/exercises/exercise';
import { lockedPartsFromParameter, lockParameter } from './locks/lockedParts';

/**
 * The exercise id of a URL hash such as `#exercise=add-readiness-probe`, or null.
 * @example exerciseIdFromHash('#exercise=fix-rejected-pod') === 'fix-rejected-pod'
 */
export function exerciseIdFromHash(hash: string): string | null {
  const parameters = new URLSearchParams(hash.replace(/^#/, ''));
  const id = parameters.get('exercise');
  return id ? id : null;
}

/**
 * The locks a link sets (`&lock=app.command,web`; empty: nothing locked), or null when it says
 * nothing and the exercise's own locks apply.
 */
export function exerciseLocksFromHash(hash: string): LockedPart[] | null {
  const parameter = new URLSearchParams(hash.replace(/^#/, '')).get('lock');
  return parameter === null ? null : lockedPartsFromParameter(parameter);
}

/** The hash that opens an exercise, with the parts it locks: `#exercise=<id>&lock=<parts>`. */
export function exerciseHash(id: string, locks: readonly LockedPart[] = []): string {
  const lock = locks.length > 0 ? `&lock=${lockParameter(locks)}` : '';
  return `#exercise=${encodeURIComponent(id)}${lock}`;
}

/**
 * Opening an exercise from a link replaces the design; ask first when that would lose work:
 * the current text is neither empty nor already the exercise's starting design.
 */
export function replacingNeedsConfirmation(currentText: string, starterText: string): boolean {
  return currentText.trim() !== '' && currentText !== starterText;
}

/** What to do when a link names an exercise. */
export type ExerciseLinkAction = 'resume' | 'start' | 'confirm' | 'confirmRestart';

/**
 * When this browser tab already works on the exercise: `resume` while its design is still the
 * starting one, else `confirmRestart` — continue the work, or start again from the starting
 * design. (A browser turns opening the same address again into a reload, so the two cannot be
 * told apart.) Otherwise `start` when nothing would be lost, else `confirm` before replacing
 * the design.
 */
export function exerciseLinkAction(
  exerciseId: string,
  inProgressId: string | null,
  currentText: string,
  starterText: string,
): ExerciseLinkAction {
  if (inProgressId === exerciseId) return currentText === starterText ? 'resume' : 'confirmRestart';
  return replacingNeedsConfirmation(currentText, starterText) ? 'confirm' : 'start';
}
