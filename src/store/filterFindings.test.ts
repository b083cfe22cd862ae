import { describe, expect, it } from 'vitest';
import type { Finding } from '../validate/finding';
import { filterFindings } from './filterFindings';

const finding = (ruleId: string, severity: Finding['severity'], message: string, path: Finding['path']): Finding => ({
  ruleId,
  family: 'api',
  severity,
  objectRef: { documentIndex: 0, itemIndex: null },
  path,
  message,
  why: 'Because.',
  docsUrl: 'https://kubernetes.io/docs/',
});

describe('filterFindings', () => {
  const findings = [
    finding('api/port-number', 'error', 'This port has no containerPort.', ['spec', 'containers', 0, 'ports', 0]),
    finding('practice/image-tag', 'warning', 'The container "web" uses nginx without a tag.', [
      'spec',
      'containers',
      0,
      'image',
    ]),
    finding('practice/liveness-probe', 'info', 'No liveness probe.', ['spec', 'containers', 1, 'livenessProbe']),
  ];

  it('keeps the severities switched on', () => {
    expect(filterFindings(findings, { severities: new Set(['error', 'info']), text: '' }).map((f) => f.ruleId)).toEqual(
      ['api/port-number', 'practice/liveness-probe'],
    );
  });

  it('matches every word of the text in the message, rule id or path, ignoring case', () => {
    expect(
      filterFindings(findings, { severities: new Set(['error', 'warning', 'info']), text: 'WEB tag' }).map(
        (f) => f.ruleId,
      ),
    ).toEqual(['practice/image-tag']);
    expect(
      filterFindings(findings, { severities: new Set(['error', 'warning', 'info']), text: 'containers[1]' }).map(
        (f) => f.ruleId,
      ),
    ).toEqual(['practice/liveness-probe']);
  });
});
