import type { DataPath } from '../../../../model/dataPath';
import { field, isJsonObject, type JsonObject } from '../../../../model/jsonValue';
import { defineRule, type RuleReport } from '../../../rule';
import { dns1123LabelProblems, qualifiedNameProblems } from '../../../support/nameFormats';
import {
  decodedInt32,
  decodedList,
  decodedObject,
  decodedString,
  isAbsent,
  presentObject,
} from '../../../support/decoding/decodedValue';
import { markerForMissing } from '../../../support/markerForMissing';
import { labelSelectorReports, selectorKeys } from '../../../support/labels/labelSelectorReports';

const KINDS = ['podAffinity', 'podAntiAffinity'] as const;

/**
 * Pod (anti-)affinity terms have a topologyKey, valid label
 * and namespace selectors, valid namespaces (reported at `.namespace`), and matchLabelKeys /
 * mismatchLabelKeys that are label keys, need a labelSelector and do not overlap; preferred terms
 * weigh 1–100. A term without labelSelector matches no pod: the server warns.
 */
export const apiPodAffinityRule = defineRule({
  id: 'api/pod-affinity',
  severity: 'error',
  title: 'Pod affinity terms are well formed',
  why: 'Pod affinity and anti-affinity place a pod near or away from other pods, found by a label selector, within a topology domain named by a node label (topologyKey); Kubernetes rejects terms it could not evaluate.',
  docsUrl:
    'https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#inter-pod-affinity-and-anti-affinity',
  appliesTo: 'workload',
  mirrors: ['core.validatePodAffinity', 'core.validatePodAntiAffinity', 'core.validatePodAffinityTerm'],
  check(context, report) {
    const affinity = presentObject(field(context.podSpec, 'affinity'));
    if (!affinity) return;
    const podLabels = decodedObject(field(context.podMetadata, 'labels')) ?? {};
    for (const kind of KINDS) {
      const section = presentObject(field(affinity, kind));
      if (!section) continue;
      const sectionPath = [...context.podSpecPath, 'affinity', kind];
      const requiredPath = [...sectionPath, 'requiredDuringSchedulingIgnoredDuringExecution'];
      decodedList(field(section, 'requiredDuringSchedulingIgnoredDuringExecution'))?.forEach((term, index) => {
        if (isJsonObject(term))
          for (const finding of termReports(term, [...requiredPath, index], podLabels, context.object)) report(finding);
      });
      const preferredPath = [...sectionPath, 'preferredDuringSchedulingIgnoredDuringExecution'];
      decodedList(field(section, 'preferredDuringSchedulingIgnoredDuringExecution'))?.forEach((weighted, index) => {
        if (!isJsonObject(weighted)) return;
        const weight = decodedInt32(field(weighted, 'weight'));
        const weightPath = [...preferredPath, index, 'weight'];
        if (weight !== undefined && (weight < 1 || weight > 100)) {
          report({
            path: weightPath,
            markerPath: markerForMissing(context.object, weightPath),
            errorType: 'Invalid',
            message: `Weight ${weight} is out of range: use 1 to 100.`,
          });
        }
        const term = presentObject(field(weighted, 'podAffinityTerm'));
        if (term)
          for (const finding of termReports(
            term,
            [...preferredPath, index, 'podAffinityTerm'],
            podLabels,
            context.object,
          ))
            report(finding);
      });
    }
  },
});

function termReports(term: JsonObject, path: DataPath, podLabels: JsonObject, object: JsonObject): RuleReport[] {
  const reports: RuleReport[] = [];
  const labelSelector = presentObject(field(term, 'labelSelector'));
  if (labelSelector) reports.push(...labelSelectorReports(labelSelector, [...path, 'labelSelector']));
  else {
    reports.push({
      path: [...path, 'labelSelector'],
      markerPath: path,
      severity: 'warning',
      message: 'This term has no labelSelector, so it matches no pod at all.',
    });
  }
  const namespaceSelector = presentObject(field(term, 'namespaceSelector'));
  if (namespaceSelector) reports.push(...labelSelectorReports(namespaceSelector, [...path, 'namespaceSelector']));
  decodedList(field(term, 'namespaces'))?.forEach((namespace, index) => {
    if (typeof namespace !== 'string') return;
    const problems = dns1123LabelProblems(namespace);
    if (problems.length > 0) {
      reports.push({
        path: [...path, 'namespace'],
        markerPath: [...path, 'namespaces', index],
        errorType: 'Invalid',
        message: `Namespace "${namespace}" ${problems.join(' and ')}.`,
      });
    }
  });
  const matchLabelKeys = stringList(field(term, 'matchLabelKeys'));
  const mismatchLabelKeys = stringList(field(term, 'mismatchLabelKeys'));
  for (const [name, keys] of [
    ['matchLabelKeys', matchLabelKeys],
    ['mismatchLabelKeys', mismatchLabelKeys],
  ] as const) {
    if (keys.length === 0) continue;
    if (!labelSelector) {
      reports.push({
        path: [...path, name],
        errorType: 'Forbidden',
        message: `${name} needs a labelSelector: add one, even an empty labelSelector: {}.`,
      });
      continue;
    }
    keys.forEach((key, index) => {
      const problems = qualifiedNameProblems(key);
      if (problems.length > 0)
        reports.push({
          path: [...path, name, index],
          errorType: 'Invalid',
          message: `"${key}" is not a valid label key: ${problems.join('; ')}.`,
        });
    });
  }
  if (labelSelector) {
    // When a Pod is created, each matchLabelKeys key the pod carries is merged into the selector;
    // a key the selector already constrains then appears twice (reported at the term's path + index).
    const constrained = selectorKeys(labelSelector);
    matchLabelKeys.forEach((key, index) => {
      if (!constrained.has(key) || isAbsent(field(podLabels, key))) return;
      reports.push({
        path: [...path, index],
        markerPath: [...path, 'matchLabelKeys', index],
        errorType: 'Invalid',
        message: `Label key "${key}" is both in matchLabelKeys and in the labelSelector: keep it in one place.`,
      });
    });
  }
  const mismatch = new Set(mismatchLabelKeys);
  matchLabelKeys.forEach((key, index) => {
    if (mismatch.has(key)) {
      reports.push({
        path: [...path, 'matchLabelKeys', index],
        errorType: 'Invalid',
        message: `Label key "${key}" is in both matchLabelKeys and mismatchLabelKeys.`,
      });
    }
  });
  const topologyKey = decodedString(field(term, 'topologyKey'));
  if (topologyKey !== undefined) {
    const topologyPath = [...path, 'topologyKey'];
    if (topologyKey === '') {
      reports.push({
        path: topologyPath,
        markerPath: markerForMissing(object, topologyPath),
        errorType: 'Required',
        message: 'This term needs a topologyKey, such as kubernetes.io/hostname or topology.kubernetes.io/zone.',
      });
    } else {
      const problems = qualifiedNameProblems(topologyKey);
      if (problems.length > 0)
        reports.push({
          path: topologyPath,
          errorType: 'Invalid',
          message: `topologyKey "${topologyKey}" is not a valid label key: ${problems.join('; ')}.`,
        });
    }
  }
  return reports;
}

function stringList(value: JsonObject[string] | undefined): string[] {
  return (decodedList(value) ?? []).filter((item): item is string => typeof item === 'string');
}
