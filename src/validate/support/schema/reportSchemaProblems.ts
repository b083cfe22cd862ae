import { updateObject } from '../../../model/workloads';
import type { ObjectContext } from '../../objectContext';
import type { RuleReport } from '../../rule';
import { schemaProblemsOf, type SchemaProblemKind } from './schemaProblems';

/** Reports the object's schema problems of one kind, turning object changes into manifest fixes. */
export function reportSchemaProblems(
  kind: SchemaProblemKind,
  context: ObjectContext,
  report: (finding: RuleReport) => void,
): void {
  for (const problem of schemaProblemsOf(context.object)) {
    if (problem.kind !== kind) continue;
    const change = problem.change;
    report({
      path: problem.path,
      message: problem.message,
      ...(problem.errorType ? { errorType: problem.errorType } : {}),
      ...(change
        ? { fix: { label: change.label, apply: (manifest) => updateObject(manifest, context.ref, change.apply) } }
        : {}),
    });
  }
}
