import { describe, expect, it } from 'vitest';
import { listContainerSlots } from '../model/containers';
import { initContainerDropIndex } from './initContainerDropIndex';

describe('initContainerDropIndex', () => {
  // initContainers: a (init), s (sidecar), b (init), c (init); lane tops 0, 200, 400 by lane order.
  const slots = listContainerSlots({
    initContainers: [{ name: 'a' }, { name: 's', restartPolicy: 'Always' }, { name: 'b' }, { name: 'c' }],
    containers: [{ name: 'web' }],
  });
  const laneY = (name: string) => ({ a: 0, b: 200, c: 400, s: 0 })[name] ?? 0;
  const dropped = (name: string, y: number) => initContainerDropIndex(slots, name, y, laneY, 100);

  it('moves an init container before the first one whose middle is below the drop', () => {
    expect(dropped('c', -20)).toBe(0);
    expect(dropped('c', 120)).toBe(2);
    expect(dropped('a', 450)).toBe(3);
    expect(dropped('a', 220)).toBe(2);
  });

  it('keeps the position when dropped where it was', () => {
    expect(dropped('b', 210)).toBe(2);
  });

  it('reorders only within the lane: a lone sidecar stays where it is', () => {
    expect(dropped('s', 500)).toBe(1);
  });

  it('ignores app containers', () => {
    expect(dropped('web', 0)).toBeNull();
  });
});
