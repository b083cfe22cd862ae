import { describe, expect, it } from 'vitest';
import {
  exerciseHash,
  exerciseIdFromHash,
  exerciseLinkAction,
  exerciseLocksFromHash,
  replacingNeedsConfirmation,
} from './exerciseLink';

describe('exercise links', () => {
  it('read the exercise id from the hash', () => {
    expect(exerciseIdFromHash('#exercise=fix-rejected-pod')).toBe('fix-rejected-pod');
    expect(exerciseIdFromHash('#theme=dark&exercise=add-readiness-probe')).toBe('add-readiness-probe');
    expect(exerciseIdFromHash('')).toBeNull();
    expect(exerciseIdFromHash('#exercise=')).toBeNull();
    expect(exerciseIdFromHash('#other=1')).toBeNull();
  });

  it('round-trip an id', () => {
    expect(exerciseIdFromHash(exerciseHash('share-log-volume'))).toBe('share-log-volume');
  });

  it('carry the locked parts', () => {
    const locks = [{ container: 'app', fields: ['command', 'image'] }, { container: 'web' }];
    const hash = exerciseHash('share-log-volume', locks);
    expect(hash).toBe('#exercise=share-log-volume&lock=app.command,app.image,web');
    expect(exerciseIdFromHash(hash)).toBe('share-log-volume');
    expect(exerciseLocksFromHash(hash)).toEqual(locks);
    expect(exerciseLocksFromHash('#exercise=share-log-volume&lock=')).toEqual([]);
    expect(exerciseLocksFromHash('#exercise=share-log-volume')).toBeNull();
  });

  it('ask before replacing work that is neither empty nor the starting design', () => {
    expect(replacingNeedsConfirmation('', 'kind: Pod\n')).toBe(false);
    expect(replacingNeedsConfirmation('  \n', 'kind: Pod\n')).toBe(false);
    expect(replacingNeedsConfirmation('kind: Pod\n', 'kind: Pod\n')).toBe(false);
    expect(replacingNeedsConfirmation('kind: Job\n', 'kind: Pod\n')).toBe(true);
  });

  it('offer to start again an exercise this tab works on, start when nothing is lost, else confirm', () => {
    expect(exerciseLinkAction('a', 'a', 'my work', 'starter')).toBe('confirmRestart');
    expect(exerciseLinkAction('a', 'a', 'starter', 'starter')).toBe('resume');
    expect(exerciseLinkAction('a', null, '', 'starter')).toBe('start');
    expect(exerciseLinkAction('a', 'b', 'starter', 'starter')).toBe('start');
    expect(exerciseLinkAction('a', 'b', 'my work', 'starter')).toBe('confirm');
  });
});
