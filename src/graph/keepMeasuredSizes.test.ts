import { describe, expect, it } from 'vitest';
import { createMeasuredSizeKeeper, type MeasuredSize } from './keepMeasuredSizes';

interface TestNode {
  readonly id: string;
  readonly data: string;
  readonly measured?: { readonly width?: number; readonly height?: number };
}

const sizes = (entries: Record<string, MeasuredSize>) => (id: string) => entries[id];

describe('createMeasuredSizeKeeper', () => {
  it('gives a node that React Flow measured its size back, so it is not measured again', () => {
    const keep = createMeasuredSizeKeeper<TestNode>();
    const web: TestNode = { id: 'web', data: 'nginx:1.27' };
    const [kept] = keep([web], sizes({ web: { width: 248, height: 138 } }));
    expect(kept).toEqual({ id: 'web', data: 'nginx:1.27', measured: { width: 248, height: 138 } });
    expect(web.measured).toBeUndefined();
  });

  it('leaves a node not measured yet as it is', () => {
    const keep = createMeasuredSizeKeeper<TestNode>();
    const web: TestNode = { id: 'web', data: 'nginx' };
    expect(keep([web], sizes({}))[0]).toBe(web);
  });

  it('keeps the same array and objects while neither the nodes nor their sizes change', () => {
    const keep = createMeasuredSizeKeeper<TestNode>();
    const nodes: TestNode[] = [
      { id: 'web', data: 'nginx' },
      { id: 'log', data: 'fluent-bit' },
    ];
    const measured = sizes({ web: { width: 248, height: 138 }, log: { width: 248, height: 120 } });
    const first = keep(nodes, measured);
    expect(keep([...nodes], measured)).toBe(first);
  });

  it('replaces only the node whose data changed, with its last size', () => {
    const keep = createMeasuredSizeKeeper<TestNode>();
    const log: TestNode = { id: 'log', data: 'fluent-bit' };
    const measured = sizes({ web: { width: 248, height: 138 }, log: { width: 248, height: 120 } });
    const first = keep([{ id: 'web', data: 'nginx:1.27' }, log], measured);
    const second = keep([{ id: 'web', data: 'nginx:1.271' }, log], measured);
    expect(second).not.toBe(first);
    expect(second[0]).toEqual({ id: 'web', data: 'nginx:1.271', measured: { width: 248, height: 138 } });
    expect(second[1]).toBe(first[1]);
  });

  it('follows a new size that React Flow measured for an unchanged node', () => {
    const keep = createMeasuredSizeKeeper<TestNode>();
    const web: TestNode = { id: 'web', data: 'nginx' };
    keep([web], sizes({ web: { width: 248, height: 138 } }));
    const [grown] = keep([web], sizes({ web: { width: 248, height: 160 } }));
    expect(grown?.measured).toEqual({ width: 248, height: 160 });
  });
});
