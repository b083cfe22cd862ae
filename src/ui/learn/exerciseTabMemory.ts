/**
 * Remembers, for this browser tab only, which exercise the learner is working on, so reloading
 * an exercise link resumes the work instead of asking to replace it.
 */
const KEY = 'pod-designer:exercise-in-progress';

export function exerciseInProgress(): string | null {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function rememberExerciseInProgress(id: string | null): void {
  try {
    if (id === null) window.sessionStorage.removeItem(KEY);
    else window.sessionStorage.setItem(KEY, id);
  } catch {
    // Storage disabled: a reload then asks before replacing, which is safe.
  }
}
