import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../model/jsonValue';
import { ALL_RULES } from './allRules';
import { createManifestValidator } from './createManifestValidator';
import type { Finding } from './finding';
import { validateManifest } from './validateManifest';

const pod: JsonObject = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web' },
  spec: {
    containers: [
      {
        name: 'web',
        image: 'nginx:1.27',
        env: [{ name: 'MODE', valueFrom: { configMapKeyRef: { name: 'settings', key: 'mode' } } }],
      },
    ],
  },
};
const settings = (data: JsonObject): JsonObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'settings' },
  data,
});
const ruleIds = (findings: readonly { ruleId: string }[]) => findings.map((finding) => finding.ruleId);
/** Findings as comparable data: a fix by its label (its function is a new closure each run). */
const comparable = (findings: readonly Finding[]) =>
  findings.map(({ fix, ...finding }) => ({ ...finding, fix: fix?.label }));

describe('createManifestValidator', () => {
  it('finds what validateManifest finds, and again after another document changed what a reference finds', () => {
    const validate = createManifestValidator(ALL_RULES);
    const before = [pod, settings({ mode: 'fast' })];
    expect(comparable(validate(before))).toEqual(comparable(validateManifest(before, ALL_RULES)));
    expect(ruleIds(validate(before))).not.toContain('reference/missing-key');

    // The pod is the same object; only the ConfigMap changed.
    const keyRenamed = [pod, settings({ speed: 'fast' })];
    expect(ruleIds(validate(keyRenamed))).toContain('reference/missing-key');
    expect(comparable(validate(keyRenamed))).toEqual(comparable(validateManifest(keyRenamed, ALL_RULES)));

    const withoutConfigMap = [pod];
    expect(ruleIds(validate(withoutConfigMap))).toContain('reference/config-map');
    expect(comparable(validate(withoutConfigMap))).toEqual(comparable(validateManifest(withoutConfigMap, ALL_RULES)));
  });

  it('re-uses what it found on objects that did not change', () => {
    let checks = 0;
    const counting = ALL_RULES.map((rule) => ({
      ...rule,
      check: (...args: Parameters<typeof rule.check>) => {
        checks++;
        rule.check(...args);
      },
    }));
    const validate = createManifestValidator(counting);
    const configMap = settings({ mode: 'fast' });
    validate([pod, configMap]);
    const firstRun = checks;
    checks = 0;
    validate([pod, settings({ mode: 'slow' })]);
    // The ConfigMap's checks run again, and the pod's only those that read other objects.
    expect(checks).toBeGreaterThan(0);
    expect(checks).toBeLessThan(firstRun / 4);
  });

  it('checks an object again when it moved to another place in the file', () => {
    const validate = createManifestValidator(ALL_RULES);
    const configMap = settings({ mode: 'fast' });
    validate([pod, configMap]);
    const moved = [configMap, pod];
    expect(comparable(validate(moved))).toEqual(comparable(validateManifest(moved, ALL_RULES)));
  });
});
