import { field, isJsonArray, isJsonObject, type JsonObject } from '../model/jsonValue';

/** How long a container's preStop hook runs, and where that number comes from. */
export interface PreStopDuration {
  readonly seconds: number;
  readonly source: 'none' | 'sleep action' | 'sleep command' | 'assumed';
}

/**
 * The length of the container's preStop hook: the `sleep` action's seconds, the N of a
 * `sleep N` in an exec command, else `assumedSeconds` (an httpGet or a script takes some time
 * we cannot read). Zero when there is no hook.
 * @example preStopDuration({ lifecycle: { preStop: { sleep: { seconds: 5 } } } }, 1).seconds === 5
 */
export function preStopDuration(container: JsonObject, assumedSeconds: number): PreStopDuration {
  const hook = field(field(container, 'lifecycle'), 'preStop');
  if (!isJsonObject(hook)) return { seconds: 0, source: 'none' };
  const sleepSeconds = field(field(hook, 'sleep'), 'seconds');
  if (typeof sleepSeconds === 'number' && sleepSeconds >= 0) return { seconds: sleepSeconds, source: 'sleep action' };
  const command = field(field(hook, 'exec'), 'command');
  if (isJsonArray(command)) {
    const match = /\bsleep\s+(\d+(?:\.\d+)?)\b/.exec(command.filter((part) => typeof part === 'string').join(' '));
    if (match) return { seconds: Number(match[1]), source: 'sleep command' };
  }
  return { seconds: assumedSeconds, source: 'assumed' };
}
