import { describe, expect, it, vi } from 'vitest';
import { createTypingFlusher } from './typingFlusher';

/** A clock and timers the test moves by hand. */
function fakeTime() {
  let now = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  let nextId = 1;
  return {
    now: () => now,
    setTimer: (run: () => void, ms: number) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimer: (id: unknown) => void timers.delete(id as number),
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.at > now) continue;
        timers.delete(id);
        timer.run();
      }
    },
    pendingTimers: () => timers.size,
  };
}

const microtasks = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('createTypingFlusher', () => {
  it('sends a key after a quiet spell in a microtask, before any timer or frame', async () => {
    const time = fakeTime();
    const update = vi.fn();
    const typing = createTypingFlusher(update, { maxPauseMs: 30, ...time });
    typing.changed();
    expect(update).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(update).toHaveBeenCalledTimes(1);
    expect(time.pendingTimers()).toBe(0);
  });

  it('sends the changes of one task (a paste, an auto-indent) as one update', async () => {
    const update = vi.fn();
    const typing = createTypingFlusher(update, { maxPauseMs: 30, ...fakeTime() });
    typing.changed();
    typing.changed();
    typing.changed();
    await microtasks();
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('while keys come faster than updates take, waits as long as the last update took', async () => {
    const time = fakeTime();
    const update = vi.fn(() => time.advance(20));
    const typing = createTypingFlusher(update, { maxPauseMs: 30, ...time });
    typing.changed();
    await microtasks();
    expect(update).toHaveBeenCalledTimes(1);
    // The next key comes 5 ms after that 20 ms update ended: it waits 20 ms, and a third key in
    // between joins it.
    time.advance(5);
    typing.changed();
    await microtasks();
    expect(update).toHaveBeenCalledTimes(1);
    time.advance(10);
    typing.changed();
    time.advance(19);
    expect(update).toHaveBeenCalledTimes(1);
    time.advance(1);
    expect(update).toHaveBeenCalledTimes(2);
  });

  it('never waits longer than maxPauseMs', async () => {
    const time = fakeTime();
    const update = vi.fn(() => time.advance(200));
    const typing = createTypingFlusher(update, { maxPauseMs: 30, ...time });
    typing.changed();
    await microtasks();
    typing.changed();
    time.advance(29);
    expect(update).toHaveBeenCalledTimes(1);
    time.advance(1);
    expect(update).toHaveBeenCalledTimes(2);
  });

  it('flushes what is owed on demand, and forgets it when cancelled', async () => {
    const update = vi.fn();
    const typing = createTypingFlusher(update, { maxPauseMs: 30, ...fakeTime() });
    typing.changed();
    expect(typing.owed).toBe(true);
    typing.flushIfOwed();
    expect(update).toHaveBeenCalledTimes(1);
    await microtasks();
    expect(update).toHaveBeenCalledTimes(1);
    typing.changed();
    typing.cancel();
    await microtasks();
    expect(update).toHaveBeenCalledTimes(1);
    expect(typing.owed).toBe(false);
  });
});
