import type { DataPath } from '../../../../model/dataPath';
import { field, isJsonObject, type JsonObject } from '../../../../model/jsonValue';
import { defineRule, type RuleReport } from '../../../rule';
import { dns1123SubdomainProblems } from '../../../support/nameFormats';
import { decodedInt32, decodedList, decodedString, presentObject } from '../../../support/decoding/decodedValue';
import { deprecatedNodeLabelMessage } from '../../../support/labels/deprecatedNodeLabels';
import { markerForMissing } from '../../../support/markerForMissing';
import { requirementReports } from '../../../support/labels/labelSelectorReports';

/**
 * Required node affinity has at least one term; each
 * matchExpressions requirement has a label key and values that fit its operator (label values
 * are checked for required terms only); matchFields only matches metadata.name with In/NotIn and
 * one node name; preferred terms weigh 1–100. Deprecated node labels get the server's warning.
 */
export const apiNodeAffinityRule = defineRule({
  id: 'api/node-affinity',
  severity: 'error',
  title: 'Node affinity terms are well formed',
  why: 'Node affinity chooses the nodes a pod may (required) or should (preferred) run on, by node labels; a malformed term would match no node or every node, so Kubernetes rejects it.',
  docsUrl: 'https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#node-affinity',
  appliesTo: 'workload',
  mirrors: ['core.validateNodeAffinity', 'core.ValidateNodeSelectorRequirement'],
  check(context, report) {
    const affinity = presentObject(field(field(context.podSpec, 'affinity'), 'nodeAffinity'));
    if (!affinity) return;
    const affinityPath = [...context.podSpecPath, 'affinity', 'nodeAffinity'];
    const required = presentObject(field(affinity, 'requiredDuringSchedulingIgnoredDuringExecution'));
    if (required) {
      const termsPath = [...affinityPath, 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms'];
      const terms = decodedList(field(required, 'nodeSelectorTerms'));
      if (terms && terms.length === 0) {
        report({
          path: termsPath,
          markerPath: markerForMissing(context.object, termsPath),
          errorType: 'Required',
          message: 'Required node affinity needs at least one nodeSelectorTerm.',
        });
      }
      terms?.forEach((term, index) => {
        if (isJsonObject(term)) for (const finding of termReports(term, [...termsPath, index], false)) report(finding);
      });
    }
    const preferredPath = [...affinityPath, 'preferredDuringSchedulingIgnoredDuringExecution'];
    decodedList(field(affinity, 'preferredDuringSchedulingIgnoredDuringExecution'))?.forEach((preferred, index) => {
      if (!isJsonObject(preferred)) return;
      const weight = decodedInt32(field(preferred, 'weight'));
      const weightPath = [...preferredPath, index, 'weight'];
      if (weight !== undefined && (weight < 1 || weight > 100)) {
        report({
          path: weightPath,
          markerPath: markerForMissing(context.object, weightPath),
          errorType: 'Invalid',
          message: `Weight ${weight} is out of range: use 1 to 100.`,
        });
      }
      const preference = presentObject(field(preferred, 'preference'));
      if (preference)
        for (const finding of termReports(preference, [...preferredPath, index, 'preference'], true)) report(finding);
    });
  },
});

/** Findings for one NodeSelectorTerm. */
function termReports(term: JsonObject, path: DataPath, allowInvalidValues: boolean): RuleReport[] {
  const reports: RuleReport[] = [];
  decodedList(field(term, 'matchExpressions'))?.forEach((expression, index) => {
    if (!isJsonObject(expression)) return;
    const expressionPath = [...path, 'matchExpressions', index];
    reports.push(
      ...requirementReports(
        expression,
        expressionPath,
        ['In', 'NotIn'],
        ['Exists', 'DoesNotExist'],
        allowInvalidValues,
        ['Gt', 'Lt'],
      ),
    );
    const key = decodedString(field(expression, 'key'));
    const deprecated = key ? deprecatedNodeLabelMessage(key) : undefined;
    if (deprecated) reports.push({ path: [...expressionPath, 'key'], severity: 'warning', message: deprecated });
  });
  decodedList(field(term, 'matchFields'))?.forEach((requirement, index) => {
    if (!isJsonObject(requirement)) return;
    reports.push(...fieldRequirementReports(requirement, [...path, 'matchFields', index]));
  });
  return reports;
}

/** Findings for one matchFields requirement (ValidateNodeFieldSelectorRequirement). */
function fieldRequirementReports(requirement: JsonObject, path: DataPath): RuleReport[] {
  const reports: RuleReport[] = [];
  const operator = decodedString(field(requirement, 'operator'));
  const key = decodedString(field(requirement, 'key'));
  const values = decodedList(field(requirement, 'values'));
  if (operator !== undefined && values !== undefined) {
    if (operator === 'In' || operator === 'NotIn') {
      if (values.length !== 1)
        reports.push({
          path: [...path, 'values'],
          errorType: 'Required',
          message: `matchFields with operator ${operator} needs exactly one node name.`,
        });
    } else {
      reports.push({
        path: [...path, 'operator'],
        errorType: 'Invalid',
        message: `"${operator}" is not supported in matchFields: use In or NotIn.`,
      });
    }
  }
  if (key === undefined) return reports;
  if (key !== 'metadata.name') {
    reports.push({
      path: [...path, 'key'],
      errorType: 'Invalid',
      message: `matchFields can only match metadata.name (the node's name), not "${key}".`,
    });
    return reports;
  }
  values?.forEach((value, index) => {
    if (typeof value !== 'string') return;
    const problems = dns1123SubdomainProblems(value);
    if (problems.length > 0)
      reports.push({
        path: [...path, 'values', index],
        errorType: 'Invalid',
        message: `Node name "${value}" ${problems.join(' and ')}.`,
      });
  });
  return reports;
}
