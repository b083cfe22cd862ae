import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from './allRules';
import { CORE_RULES } from './coreRules';
import type { Rule } from './rule';
import { schemaRules } from './rules/schemaRules';

/**
 * The rule registry, checked: every file under rules/<family>/ defines one rule, named after its
 * id, listed once in rules/<family>Rules.ts, and imports no other rule. So a contributor finds a
 * rule from its id (api/volume-nfs → rules/api/…/apiVolumeNfs.ts) and a new rule cannot be left out.
 */

const RULES_FOLDER = path.join(path.dirname(new URL(import.meta.url).pathname), 'rules');
const ruleModules = import.meta.glob<Record<string, unknown>>(['./rules/*/**/*.ts', '!./rules/**/*.test.ts'], {
  eager: true,
});

interface RuleFile {
  /** Relative to src/validate/rules: `api/volumes/apiVolumeNfs.ts`. */
  readonly file: string;
  readonly exports: Record<string, unknown>;
}

const ruleFiles: readonly RuleFile[] = Object.entries(ruleModules).map(([file, exports]) => ({
  file: file.replace(/^\.\/rules\//, ''),
  exports,
}));

const isRule = (value: unknown): value is Rule =>
  typeof value === 'object' && value !== null && 'id' in value && 'check' in value && 'family' in value;

/** `api/volume-nfs` → `apiVolumeNfs`. */
function camelCaseOfId(id: string): string {
  return id
    .split(/[/-]/)
    .map((word, index) => (index === 0 ? word : `${word.charAt(0).toUpperCase()}${word.slice(1)}`))
    .join('');
}

function theRuleOf({ file, exports }: RuleFile): Rule {
  const [rule, ...others] = Object.values(exports).filter(isRule);
  if (!rule || others.length > 0) throw new Error(`${file} must export exactly one rule`);
  return rule;
}

describe('the rule registry', () => {
  it('has rule files only under rules/<family>/ (helpers live in support/)', () => {
    expect(ruleFiles.length).toBeGreaterThan(0);
    for (const ruleFile of ruleFiles) expect(() => theRuleOf(ruleFile), ruleFile.file).not.toThrow();
  });

  it('gives every rule a unique id', () => {
    const ids = ALL_RULES.map((rule) => rule.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('lists every rule file exactly once', () => {
    const listed = ALL_RULES.map((rule) => rule.id).sort();
    const defined = ruleFiles.map((ruleFile) => theRuleOf(ruleFile).id).sort();
    expect(listed).toEqual(defined);
  });

  it('names each rule file and its export after the rule id', () => {
    for (const ruleFile of ruleFiles) {
      const rule = theRuleOf(ruleFile);
      const expected = camelCaseOfId(rule.id);
      expect(path.basename(ruleFile.file, '.ts'), rule.id).toBe(expected);
      expect(Object.keys(ruleFile.exports).find((name) => ruleFile.exports[name] === rule)).toBe(`${expected}Rule`);
    }
  });

  it('keeps each rule in the folder of its family, and the schema rules apart from the core rules', () => {
    for (const ruleFile of ruleFiles)
      expect(ruleFile.file.split('/')[0], ruleFile.file).toBe(theRuleOf(ruleFile).family);
    expect(schemaRules.every((rule) => rule.family === 'schema')).toBe(true);
    expect(CORE_RULES.some((rule) => rule.family === 'schema')).toBe(false);
  });

  it('records the Kubernetes validation every API-server rule mirrors, and only for those', () => {
    const withoutMirrors = ALL_RULES.filter((rule) => rule.family === 'api' && !rule.mirrors?.length);
    const unexpected = ALL_RULES.filter((rule) => rule.family !== 'api' && rule.mirrors !== undefined);
    expect(withoutMirrors.map((rule) => rule.id)).toEqual([]);
    expect(unexpected.map((rule) => rule.id)).toEqual([]);
  });

  it('lets no rule import another rule file (shared code belongs in support/)', () => {
    const crossImports = ruleFiles.flatMap(({ file }) => {
      const text = readFileSync(path.join(RULES_FOLDER, file), 'utf8');
      return [...text.matchAll(/from '(\.[^']*)'/g)]
        .map(([, specifier = '']) =>
          path.relative(RULES_FOLDER, path.resolve(RULES_FOLDER, path.dirname(file), specifier)),
        )
        .filter((target) => !target.startsWith('..'))
        .map((target) => `${file} imports rules/${target}`);
    });
    expect(crossImports).toEqual([]);
  });
});
