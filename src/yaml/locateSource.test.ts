import { describe, expect, it } from 'vitest';
import type { DataPath } from '../model/dataPath';
import { locateSource, pathAtOffset, rangeOfPath } from './locateSource';
import { parseManifest, type ParsedManifest } from './parseManifest';

const TEXT = `apiVersion: v1
kind: Pod
metadata: {name: web, labels: {app: web}}
spec:
  containers:
  - &base
    name: web
    image: nginx
    ports: [{containerPort: 80}, {containerPort: 443}]
  - <<: *base
    name: canary
  volumes: &vols
  - name: data
    emptyDir: {}
  ephemeralVolumes: *vols
---
apiVersion: v1
kind: Service
spec:
  ports:
  - port: 80
`;

function parsed(text: string): ParsedManifest {
  const outcome = parseManifest(text);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.manifest;
}

const manifest = parsed(TEXT);

/** `line:column-line:column` of a path's range, plus whether it was found exactly. */
function where(path: DataPath): string | null {
  const range = rangeOfPath(manifest, path);
  if (!range) return null;
  return `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}${range.exact ? '' : ' (parent)'}`;
}

describe('rangeOfPath', () => {
  it.each([
    ['a key and its scalar value', [0, 'spec', 'containers', 0, 'image'], '8:5-8:17'],
    ['a list item (without its dash)', [0, 'spec', 'volumes', 0], '13:5-14:17'],
    ['a key in a flow mapping', [0, 'metadata', 'labels', 'app'], '3:32-3:40'],
    ['an item of a flow sequence', [0, 'spec', 'containers', 0, 'ports', 1], '9:34-9:54'],
    ['a key inside a flow sequence', [0, 'spec', 'containers', 0, 'ports', 1, 'containerPort'], '9:35-9:53'],
    ['a key of the mapping itself, next to a merge key', [0, 'spec', 'containers', 1, 'name'], '11:5-11:17'],
    [
      'a key inherited through a merge key (shown where it is written)',
      [0, 'spec', 'containers', 1, 'image'],
      '8:5-8:17',
    ],
    ['a path through an alias (shown at the anchored value)', [0, 'spec', 'ephemeralVolumes', 0, 'name'], '13:5-13:15'],
    ['a path in the second document', [1, 'spec', 'ports', 0, 'port'], '21:5-21:13'],
    ['a whole document', [0], '1:1-15:26'],
  ] as const)('finds %s', (_what, path, expected) => {
    expect(where(path)).toBe(expected);
  });

  it('falls back to the deepest existing parent for a missing field', () => {
    expect(where([0, 'spec', 'nodeSelector'])).toBe('4:1-15:26 (parent)');
    expect(where([0, 'spec', 'containers', 0, 'resources', 'limits'])).toBe('6:5-9:55 (parent)');
    expect(where([0, 'spec', 'containers', 7, 'name'])).toBe('5:3-11:17 (parent)');
    expect(locateSource(manifest, [0, 'spec', 'containers', 0, 'resources', 'limits'])?.foundPath).toEqual([
      0,
      'spec',
      'containers',
      0,
    ]);
  });

  it('gives null for a document that does not exist', () => {
    expect(where([5, 'spec'])).toBeNull();
  });

  it('leaves the final line break of a block scalar out of its range', () => {
    const scripts = parsed('data:\n  run.sh: |\n    echo hi\n    sleep 1\n\nother: 1\n');
    const range = rangeOfPath(scripts, [0, 'data', 'run.sh']);
    expect(range).toMatchObject({ start: { line: 2, column: 3 }, end: { line: 4, column: 12 } });
  });
});

describe('pathAtOffset', () => {
  it.each([
    ['nginx', [0, 'spec', 'containers', 0, 'image']],
    ['containerPort: 443', [0, 'spec', 'containers', 0, 'ports', 1, 'containerPort']],
    ['canary', [0, 'spec', 'containers', 1, 'name']],
    ['app: web}', [0, 'metadata', 'labels', 'app']],
    ['emptyDir', [0, 'spec', 'volumes', 0, 'emptyDir']],
    ['*vols', [0, 'spec', 'ephemeralVolumes']],
    ['kind: Service', [1, 'kind']],
    ['port: 80', [1, 'spec', 'ports', 0, 'port']],
  ] as const)('maps the cursor on "%s" to its data path', (needle, path) => {
    expect(pathAtOffset(manifest, TEXT.indexOf(needle))).toEqual(path);
  });

  it('maps a position on a list item dash to the item', () => {
    expect(pathAtOffset(manifest, TEXT.indexOf('- name: data'))).toEqual([0, 'spec', 'volumes', 0]);
  });
});
