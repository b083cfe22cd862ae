/**
 * Writes docs/rules.md, the catalogue of every validator rule, from the rule definitions.
 *
 *   npm run docs:rules
 *
 * Run it after adding or changing a rule; src/validate/ruleCatalogue.test.ts fails while the
 * committed catalogue is out of date.
 */
import { writeFileSync } from 'node:fs';
import { ALL_RULES } from '../src/validate/allRules';
import { renderRuleCatalogue } from '../src/validate/ruleCatalogue';

const target = new URL('../docs/rules.md', import.meta.url);
writeFileSync(target, renderRuleCatalogue(ALL_RULES));
console.log(`Wrote ${ALL_RULES.length} rules to docs/rules.md`);
