import { formatDataPath } from '../model/dataPath';
import type { Finding } from '../validate/finding';
import type { ValidationOptions } from '../validate/objectContext';
import type { Rule } from '../validate/rule';
import { validateManifest } from '../validate/validateManifest';
import { manifestFromYaml } from './manifestFromYaml';

/** Runs rules on a YAML text and returns their findings (for rule tests). */
export function findingsOf(yaml: string, rules: Rule | readonly Rule[], options: ValidationOptions = {}): Finding[] {
  return validateManifest(manifestFromYaml(yaml), Array.isArray(rules) ? rules : [rules as Rule], options);
}

/** `ruleId @ path` strings of the findings, easy to assert on. */
export function findingKeys(yaml: string, rules: Rule | readonly Rule[], options: ValidationOptions = {}): string[] {
  return findingsOf(yaml, rules, options).map((finding) => `${finding.ruleId} @ ${formatDataPath(finding.path)}`);
}
