import { expect, it } from 'vitest';
import { preStopDuration } from './preStopDuration';

it('reads the length of a preStop hook, or assumes one', () => {
  expect(preStopDuration({ name: 'a' }, 1)).toEqual({ seconds: 0, source: 'none' });
  expect(preStopDuration({ lifecycle: { preStop: { sleep: { seconds: 15 } } } }, 1)).toEqual({
    seconds: 15,
    source: 'sleep action',
  });
  expect(
    preStopDuration(
      { lifecycle: { preStop: { exec: { command: ['/bin/sh', '-c', 'sleep 10 && nginx -s quit'] } } } },
      1,
    ),
  ).toEqual({ seconds: 10, source: 'sleep command' });
  expect(preStopDuration({ lifecycle: { preStop: { httpGet: { path: '/drain', port: 80 } } } }, 3)).toEqual({
    seconds: 3,
    source: 'assumed',
  });
});
