import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from './allRules';
import { renderRuleCatalogue } from './ruleCatalogue';

const CATALOGUE = new URL('../../docs/rules.md', import.meta.url);

describe('the rule catalogue (docs/rules.md)', () => {
  it('is up to date: run `npm run docs:rules` after changing a rule', () => {
    expect(readFileSync(CATALOGUE, 'utf8')).toBe(renderRuleCatalogue(ALL_RULES));
  });

  it('lists every rule with its severity, why and docs link, and what an API rule mirrors', () => {
    const catalogue = renderRuleCatalogue(ALL_RULES);
    for (const rule of ALL_RULES) expect(catalogue).toContain(`### ${rule.id}\n`);
    expect(catalogue).toContain(
      '- Mirrors: `validateContainerPorts` in [pkg/apis/core/validation](https://github.com/kubernetes/kubernetes/tree/master/pkg/apis/core/validation)',
    );
    expect(catalogue).toContain('"\\*/15 \\* \\* \\* \\*" is every 15 minutes');
    expect(catalogue).not.toMatch(/<pod>/);
  });
});
