import { describe, expect, it } from 'vitest';
import type { EditorMarker } from '../../store/editorSync';
import { markerChanges } from './markerChanges';

const marker = (documentIndex: number | null, line: number, message = 'a finding'): EditorMarker => ({
  documentIndex,
  severity: 'warning',
  message,
  source: 'practice/test',
  range: { start: { line, column: 1 }, end: { line, column: 5 } },
});

describe('markerChanges', () => {
  it('hands over only the documents whose markers changed, and empties the ones that have none left', () => {
    const first = markerChanges(new Map(), [marker(0, 3), marker(1, 20), marker(2, 40)]);
    expect([...first.changed.keys()]).toEqual(['document-0', 'document-1', 'document-2']);

    const second = markerChanges(first.groups, [marker(0, 3), marker(1, 21), marker(null, 7, 'syntax error')]);
    expect(second.changed).toEqual(
      new Map([
        ['document-1', [marker(1, 21)]],
        ['yaml', [marker(null, 7, 'syntax error')]],
        ['document-2', []],
      ]),
    );

    expect(
      markerChanges(second.groups, [marker(0, 3), marker(1, 21), marker(null, 7, 'syntax error')]).changed.size,
    ).toBe(0);
  });
});
