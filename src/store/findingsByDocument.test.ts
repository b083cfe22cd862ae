import { describe, expect, it } from 'vitest';
import { findingsByDocument } from './findingsByDocument';
import type { ReportedFinding } from './validation/reportedFinding';

const finding = (
  ruleId: string,
  severity: ReportedFinding['severity'],
  documentIndex: number,
  itemIndex: number | null = null,
): ReportedFinding => ({
  ruleId,
  family: 'practice',
  severity,
  objectRef: { documentIndex, itemIndex },
  path: ['spec'],
  message: ruleId,
  why: 'Because.',
  docsUrl: 'https://kubernetes.io/docs/',
  range: null,
});

describe('findingsByDocument', () => {
  const labels = new Map([
    ['0/', 'Service/web'],
    ['1/', 'Deployment/web'],
    ['2/0', 'ConfigMap/settings'],
  ]);

  it("groups findings by document in the file's order, errors first within each, and counts them", () => {
    const groups = findingsByDocument(
      [
        finding('a/note', 'info', 1),
        finding('b/warning', 'warning', 0),
        finding('c/error', 'error', 1),
        finding('d/note', 'info', 2, 0),
        finding('e/warning', 'warning', 1),
      ],
      labels,
    );
    expect(groups.map((group) => group.label)).toEqual(['Service/web', 'Deployment/web', 'ConfigMap/settings']);
    expect(groups[1]!.findings.map((item) => item.ruleId)).toEqual(['c/error', 'e/warning', 'a/note']);
    expect(groups[1]!.counts).toEqual({ error: 1, warning: 1, info: 1 });
    expect(groups[2]!.key).toBe('2/0');
  });

  it('names a document the labels do not know by its place in the file', () => {
    expect(findingsByDocument([finding('a/note', 'info', 4)], labels)[0]!.label).toBe('document 5');
  });
});
