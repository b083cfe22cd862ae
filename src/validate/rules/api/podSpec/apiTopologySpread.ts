import { field, isJsonObject } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { qualifiedNameProblems } from '../../../support/nameFormats';
import {
  decodedInt32,
  decodedList,
  decodedString,
  enumValueMeant,
  isAbsent,
  presentObject,
} from '../../../support/decoding/decodedValue';
import { deprecatedNodeLabelMessage } from '../../../support/labels/deprecatedNodeLabels';
import { markerForMissing } from '../../../support/markerForMissing';
import { labelSelectorReports, selectorKeys } from '../../../support/labels/labelSelectorReports';
import { setFieldFix } from '../../../support/fixes/fieldFixes';

const ACTIONS = ['DoNotSchedule', 'ScheduleAnyway'] as const;
const INCLUSION_POLICIES = ['Honor', 'Ignore'] as const;

/**
 * Each topology spread constraint has a positive maxSkew, a topologyKey,
 * whenUnsatisfiable DoNotSchedule or ScheduleAnyway, a positive minDomains only with DoNotSchedule,
 * Honor/Ignore node policies, a valid labelSelector, matchLabelKeys that need a labelSelector and
 * are not in it; no two constraints share topologyKey and whenUnsatisfiable (reported at the odd
 * path `{topologyKey, whenUnsatisfiable}`). A missing labelSelector gets the server's warning.
 */
export const apiTopologySpreadRule = defineRule({
  id: 'api/topology-spread',
  severity: 'error',
  title: 'Topology spread constraints are well formed',
  why: 'A topology spread constraint tells the scheduler how evenly to spread matching pods across zones or nodes (maxSkew) and what to do when it cannot; each field has a fixed meaning, so Kubernetes rejects values it could not apply.',
  docsUrl: 'https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/',
  appliesTo: 'workload',
  mirrors: ['core.validateTopologySpreadConstraints'],
  check(context, report) {
    const constraints = decodedList(field(context.podSpec, 'topologySpreadConstraints'));
    if (!constraints) return;
    const listPath = [...context.podSpecPath, 'topologySpreadConstraints'];
    const pairs = constraints.map((constraint) =>
      isJsonObject(constraint)
        ? `${decodedString(field(constraint, 'topologyKey'))}\u0000${decodedString(field(constraint, 'whenUnsatisfiable'))}`
        : undefined,
    );
    constraints.forEach((constraint, index) => {
      if (!isJsonObject(constraint)) return;
      const path = [...listPath, index];
      const maxSkew = decodedInt32(field(constraint, 'maxSkew'));
      if (maxSkew !== undefined && maxSkew <= 0) {
        const maxSkewPath = [...path, 'maxSkew'];
        report({
          path: maxSkewPath,
          markerPath: markerForMissing(context.object, maxSkewPath),
          errorType: 'Invalid',
          message: `maxSkew ${maxSkew} must be greater than zero (1 spreads the pods as evenly as possible).`,
        });
      }
      const topologyKey = decodedString(field(constraint, 'topologyKey'));
      const topologyPath = [...path, 'topologyKey'];
      if (topologyKey === '') {
        report({
          path: topologyPath,
          markerPath: markerForMissing(context.object, topologyPath),
          errorType: 'Required',
          message:
            'This constraint needs a topologyKey, such as topology.kubernetes.io/zone or kubernetes.io/hostname.',
        });
      } else if (topologyKey) {
        const deprecated = deprecatedNodeLabelMessage(topologyKey);
        if (deprecated) report({ path: topologyPath, severity: 'warning', message: deprecated });
      }
      const action = decodedString(field(constraint, 'whenUnsatisfiable'));
      const actionPath = [...path, 'whenUnsatisfiable'];
      if (action !== undefined && !(ACTIONS as readonly string[]).includes(action)) {
        const meant = enumValueMeant(action, ACTIONS);
        report({
          path: actionPath,
          markerPath: markerForMissing(context.object, actionPath),
          errorType: 'NotSupported',
          message:
            action === ''
              ? 'This constraint needs whenUnsatisfiable: DoNotSchedule or ScheduleAnyway.'
              : `whenUnsatisfiable "${action}" is not supported: use DoNotSchedule or ScheduleAnyway.`,
          ...(meant ? { fix: setFieldFix(context, actionPath, meant, `Set whenUnsatisfiable to ${meant}`) } : {}),
        });
      }
      if (pairs[index] !== undefined && pairs.indexOf(pairs[index], index + 1) > index) {
        report({
          path: [...path, '{topologyKey, whenUnsatisfiable}'],
          markerPath: path,
          errorType: 'Duplicate',
          message: `Another constraint below also spreads by ${topologyKey || '(no key)'} with ${action || '(no action)'}: merge them into one.`,
        });
      }
      const rawMinDomains = field(constraint, 'minDomains');
      const minDomains = decodedInt32(rawMinDomains);
      if (!isAbsent(rawMinDomains) && minDomains !== undefined) {
        const minDomainsPath = [...path, 'minDomains'];
        if (minDomains <= 0)
          report({
            path: minDomainsPath,
            errorType: 'Invalid',
            message: `minDomains ${minDomains} must be greater than zero.`,
          });
        if (action !== 'DoNotSchedule') {
          report({
            path: minDomainsPath,
            errorType: 'Invalid',
            message: `minDomains can only be used with whenUnsatisfiable DoNotSchedule, not ${action || 'an empty value'}.`,
          });
        }
      }
      for (const policyKey of ['nodeAffinityPolicy', 'nodeTaintsPolicy'] as const) {
        const raw = field(constraint, policyKey);
        const policy = decodedString(raw);
        if (isAbsent(raw) || policy === undefined || (INCLUSION_POLICIES as readonly string[]).includes(policy))
          continue;
        const policyPath = [...path, policyKey];
        const meant = enumValueMeant(policy, INCLUSION_POLICIES);
        report({
          path: policyPath,
          errorType: 'NotSupported',
          message: `${policyKey} "${policy}" is not supported: use Honor or Ignore.`,
          ...(meant ? { fix: setFieldFix(context, policyPath, meant, `Set ${policyKey} to ${meant}`) } : {}),
        });
      }
      const labelSelector = presentObject(field(constraint, 'labelSelector'));
      const matchLabelKeys = (decodedList(field(constraint, 'matchLabelKeys')) ?? []).filter(
        (key): key is string => typeof key === 'string',
      );
      if (matchLabelKeys.length > 0 && !labelSelector) {
        report({
          path: [...path, 'matchLabelKeys'],
          errorType: 'Forbidden',
          message: 'matchLabelKeys needs a labelSelector: add one, even an empty labelSelector: {}.',
        });
      }
      const constrained = labelSelector ? selectorKeys(labelSelector) : new Set<string>();
      matchLabelKeys.forEach((key, keyIndex) => {
        const keyPath = [...path, 'matchLabelKeys', keyIndex];
        const problems = qualifiedNameProblems(key);
        if (problems.length > 0)
          report({
            path: keyPath,
            errorType: 'Invalid',
            message: `"${key}" is not a valid label key: ${problems.join('; ')}.`,
          });
        if (constrained.has(key))
          report({
            path: keyPath,
            errorType: 'Invalid',
            message: `Label key "${key}" is both in matchLabelKeys and in the labelSelector: keep it in one place.`,
          });
      });
      if (labelSelector) {
        for (const finding of labelSelectorReports(labelSelector, [...path, 'labelSelector'])) report(finding);
      } else {
        report({
          path: [...path, 'labelSelector'],
          markerPath: path,
          severity: 'warning',
          message: 'This constraint has no labelSelector, so it counts no pods and spreads nothing.',
        });
      }
    });
  },
});
