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

/** Tasks the test runs by hand (postTask). */
function fakeTasks() {
  const queue: { run: () => void; live: boolean }[] = [];
  return {
    postTask: (run: () => void) => {
      const task = { run, live: true };
      queue.push(task);
      return () => {
        task.live = false;
      };
    },
    runTasks() {
      for (const task of queue.splice(0)) if (task.live) task.run();
    },
    pendingTasks: () => queue.filter((task) => task.live).length,
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

  describe('with a task budget', () => {
    /** A flusher whose key tasks start when `keyDown()` says, with hand-run tasks and clock. */
    function budgeted(updateMs: number) {
      const time = fakeTime();
      const tasks = fakeTasks();
      let keyTaskStart: number | null = null;
      const update = vi.fn(() => time.advance(updateMs));
      const typing = createTypingFlusher(update, {
        maxPauseMs: 30,
        taskBudgetMs: 40,
        taskStartedAt: () => keyTaskStart,
        ...time,
        postTask: tasks.postTask,
      });
      const keyDown = (handlingMs: number) => {
        keyTaskStart = time.now();
        time.advance(handlingMs);
        typing.changed();
      };
      /** The first key after the text was shown, its update run in its own task: its cost is known after. */
      const typeFirstKey = async () => {
        keyDown(5);
        await microtasks();
        tasks.runTasks();
        await microtasks();
        time.advance(500);
      };
      return { time, tasks, update, typing, keyDown, typeFirstKey };
    }

    it('runs the first update, whose cost is not known yet, in a task of its own', async () => {
      const { tasks, update, keyDown } = budgeted(10);
      keyDown(5);
      await microtasks();
      expect(update).not.toHaveBeenCalled();
      expect(tasks.pendingTasks()).toBe(1);
      tasks.runTasks();
      expect(update).toHaveBeenCalledTimes(1);
    });

    it('runs a known cheap update in the key task, and one that would make the task long after it', async () => {
      const { time, tasks, update, keyDown, typeFirstKey } = budgeted(10);
      await typeFirstKey();
      // 5 ms of the editor's own work + 10 ms of update: within 40 ms, at once.
      keyDown(5);
      await microtasks();
      expect(update).toHaveBeenCalledTimes(2);
      expect(tasks.pendingTasks()).toBe(0);
      time.advance(500);
      // 35 ms of the editor's own work + 10 ms would be 45 ms: a task of its own.
      keyDown(35);
      await microtasks();
      expect(update).toHaveBeenCalledTimes(2);
      tasks.runTasks();
      expect(update).toHaveBeenCalledTimes(3);
    });

    it('runs an update that is long on its own in the key task (a task of its own would be long too)', async () => {
      const { tasks, update, keyDown, typeFirstKey } = budgeted(60);
      await typeFirstKey();
      keyDown(5);
      await microtasks();
      expect(update).toHaveBeenCalledTimes(2);
      expect(tasks.pendingTasks()).toBe(0);
    });

    it('forgets what updates cost when the store replaces the text (another file, another cost)', async () => {
      const { tasks, update, typing, keyDown, typeFirstKey } = budgeted(10);
      await typeFirstKey();
      typing.cancel();
      keyDown(5);
      await microtasks();
      expect(update).toHaveBeenCalledTimes(1);
      expect(tasks.pendingTasks()).toBe(1);
    });

    it('drops a posted update when cancelled, and sends it at once when flushed', async () => {
      const { tasks, update, typing, keyDown } = budgeted(10);
      keyDown(5);
      await microtasks();
      typing.cancel();
      tasks.runTasks();
      expect(update).not.toHaveBeenCalled();
      keyDown(5);
      await microtasks();
      typing.flushIfOwed();
      expect(update).toHaveBeenCalledTimes(1);
      tasks.runTasks();
      expect(update).toHaveBeenCalledTimes(1);
    });
  });
});
