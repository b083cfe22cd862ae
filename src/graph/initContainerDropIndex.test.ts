import { describe, expect, it } from 'vitest';
import { listContainerSlots } from '../model/containers';
import { initContainerDropIndex } from './initContainerDropIndex';

describe('initContainerDropIndex', () => {
  // initContainers: a (init), s (sidecar), b (init), c (init); the init lane is a grid of two columns.
  const slots = listContainerSlots({
    initContainers: [{ name: 'a' }, { name: 's', restartPolicy: 'Always' }, { name: 'b' }, { name: 'c' }],
    containers: [{ name: 'web' }],
  });
  const slot = (name: string) => slots.find((candidate) => candidate.name === name)!;
  const initCells = [
    { x: 0, y: 0 },
    { x: 300, y: 0 },
    { x: 0, y: 200 },
  ];
  const dropped = (name: string, x: number, y: number) =>
    initContainerDropIndex(slots, slot(name), { x, y }, name === 's' ? [{ x: 0, y: 0 }] : initCells);

  it('moves an init container to the cell of its lane nearest to the drop', () => {
    expect(dropped('c', -20, 10)).toBe(0);
    expect(dropped('c', 310, -5)).toBe(2);
    expect(dropped('a', 20, 190)).toBe(3);
    expect(dropped('a', 280, 30)).toBe(2);
  });

  it('keeps the position when dropped where it was', () => {
    expect(dropped('b', 290, 10)).toBe(2);
  });

  it('reorders only within the lane: a lone sidecar stays where it is', () => {
    expect(dropped('s', 500, 500)).toBe(1);
  });

  it('ignores app containers', () => {
    expect(dropped('web', 0, 0)).toBeNull();
  });
});
