import { expect, it } from 'vitest';
import { backOffBeforeRestart } from './crashLoopBackOff';

it('restarts at once the first time, then waits 10 s doubling up to 300 s', () => {
  expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map(backOffBeforeRestart)).toEqual([0, 10, 20, 40, 80, 160, 300, 300, 300]);
});
