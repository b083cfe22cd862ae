import type { JsonObject } from '../model/jsonValue';
import type { Manifest } from '../model/manifest';
import type { Finding } from './finding';
import { buildObjectContexts, type ObjectContext, type ValidationOptions } from './objectContext';
import type { Rule } from './rule';
import { finishFindings, runRule } from './validateManifest';

/** What one rule found on one object, and whether it looked at the manifest's other objects to find it. */
interface RuleRun {
  readonly findings: readonly Finding[];
  readonly readOtherObjects: boolean;
}

interface ObjectRuns {
  /** Where the object was (findings name their object's place, and fixes act on it). */
  readonly place: string;
  /** One run per rule, in the order of the rules; null where the rule does not apply. */
  readonly runs: readonly (RuleRun | null)[];
}

/**
 * A validator that remembers what each rule found on each object (by object identity), so that
 * after an edit only the objects that changed are checked again: an unchanged document keeps its
 * objects (see createManifestParser), and its findings are re-used. A rule that read the rest of
 * the manifest for an object (`context.manifest`, `context.definedObjects`: a reference to a
 * ConfigMap, a key it should hold) runs again every time, since another document may have
 * changed what it found. The findings are exactly those of `validateManifest(manifest, rules)`.
 * One validator per worker or store: its memory is its own.
 * @example
 * const validate = createManifestValidator(ALL_RULES);
 * validate(documents);
 * validate(documentsWithOneChanged); // runs the rules on the changed objects only
 */
export function createManifestValidator(
  rules: readonly Rule[],
  options: ValidationOptions = {},
): (manifest: Manifest) => Finding[] {
  const remembered = new WeakMap<JsonObject, ObjectRuns>();
  return (manifest) => {
    const findings: Finding[] = [];
    for (const context of buildObjectContexts(manifest, options)) {
      const place = `${context.ref.documentIndex}/${context.ref.itemIndex ?? ''}`;
      const before = remembered.get(context.object);
      const earlier = before?.place === place ? before.runs : null;
      let readOtherObjects = false;
      const tracked = trackingOtherObjectReads(context, () => {
        readOtherObjects = true;
      });
      const runs = rules.map((rule, index): RuleRun | null => {
        if (rule.appliesTo === 'workload' && !context.workload) return null;
        const earlierRun = earlier?.[index];
        if (earlierRun && !earlierRun.readOtherObjects) {
          findings.push(...earlierRun.findings);
          return earlierRun;
        }
        readOtherObjects = false;
        const ruleFindings: Finding[] = [];
        runRule(rule, tracked, ruleFindings);
        findings.push(...ruleFindings);
        return { findings: ruleFindings, readOtherObjects };
      });
      remembered.set(context.object, { place, runs });
    }
    return finishFindings(findings);
  };
}

/** The context, telling `onRead` whenever a rule reads what depends on the manifest's other objects. */
function trackingOtherObjectReads(context: ObjectContext, onRead: () => void): ObjectContext {
  return {
    ...context,
    get manifest() {
      onRead();
      return context.manifest;
    },
    get definedObjects() {
      onRead();
      return context.definedObjects;
    },
  };
}
