import { describe, expect, it } from 'vitest';
import { formatDataPath, isPathPrefix, parseDataPath, pathsEqual, type DataPath } from './dataPath';

describe('formatDataPath and parseDataPath', () => {
  it.each([
    [['spec', 'containers', 0, 'image'], 'spec.containers[0].image'],
    [['metadata', 'labels', 'app.kubernetes.io/name'], 'metadata.labels[app.kubernetes.io/name]'],
    [['metadata', 'labels', 'app'], 'metadata.labels[app]'],
    [['spec', 'selector', 'matchLabels', 'app'], 'spec.selector.matchLabels[app]'],
    [['spec', 'selector', 'app'], 'spec.selector[app]'],
    [['data', '8080'], 'data[8080]'],
    [
      ['spec', 'template', 'spec', 'initContainers', 2, 'resources', 'limits', 'cpu'],
      'spec.template.spec.initContainers[2].resources.limits[cpu]',
    ],
    [['spec', 'weird-key', 'x'], 'spec[weird-key].x'],
  ] as [DataPath, string][])('writes %j as %s and reads it back', (path, text) => {
    expect(formatDataPath(path)).toBe(text);
    expect(parseDataPath(text)).toEqual(path);
  });

  it('compares paths and prefixes', () => {
    expect(isPathPrefix(['spec'], ['spec', 'containers', 0])).toBe(true);
    expect(isPathPrefix(['spec', 'containers', 1], ['spec', 'containers', 0])).toBe(false);
    expect(pathsEqual(['a', 0], ['a', 0])).toBe(true);
    expect(pathsEqual(['a', 0], ['a', '0'])).toBe(false);
  });

  it('rejects an unclosed bracket', () => {
    expect(() => parseDataPath('spec.containers[0')).toThrow('Unclosed "["');
  });
});
