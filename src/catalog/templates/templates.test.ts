import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../model/dataPath';
import { listWorkloads } from '../../model/workloads';
import { ALL_RULES } from '../../validate/allRules';
import { validateManifest } from '../../validate/validateManifest';
import { parseManifest } from '../../yaml/parseManifest';
import { findPodTemplate, POD_TEMPLATES } from './index';

/**
 * Warnings a template keeps on purpose, because the pattern it teaches is the warning:
 * a hostPath volume is what the hostPath cache is about, and the Baseline standard forbids it.
 */
const EXPECTED_WARNINGS: Readonly<Record<string, readonly string[]>> = {
  'hostpath-cache': ['pss/host-path-volumes @ spec.template.spec.volumes[0].hostPath'],
};

function documentsOf(yaml: string) {
  const outcome = parseManifest(yaml);
  if (!outcome.ok) throw new Error(`line ${outcome.error.line}: ${outcome.error.message}`);
  return outcome.manifest.documents;
}

describe('pod templates', () => {
  it('have unique ids and titles, tags and a one-paragraph explanation', () => {
    expect(new Set(POD_TEMPLATES.map((template) => template.id)).size).toBe(POD_TEMPLATES.length);
    expect(new Set(POD_TEMPLATES.map((template) => template.title)).size).toBe(POD_TEMPLATES.length);
    for (const template of POD_TEMPLATES) {
      expect(template.tags.length, template.id).toBeGreaterThan(0);
      expect(template.explanation, template.id).not.toContain('\n');
      expect(template.explanation.length, template.id).toBeGreaterThan(200);
      expect(findPodTemplate(template.id)).toBe(template);
    }
  });

  for (const template of POD_TEMPLATES) {
    describe(template.id, () => {
      it('parses and has exactly one workload', () => {
        expect(listWorkloads(documentsOf(template.yaml))).toHaveLength(1);
      });

      it('passes the validator with no errors, and no warnings but the expected ones', () => {
        const findings = validateManifest(documentsOf(template.yaml), ALL_RULES);
        const keys = (severity: string) =>
          findings
            .filter((finding) => finding.severity === severity)
            .map((finding) => `${finding.ruleId} @ ${formatDataPath(finding.path)}`);
        expect(keys('error')).toEqual([]);
        expect(keys('warning')).toEqual(EXPECTED_WARNINGS[template.id] ?? []);
      });
    });
  }
});
