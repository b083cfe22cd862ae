import { field, isJsonObject } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { labelValueProblems, qualifiedNameProblems } from '../../../support/nameFormats';
import { decodedList, decodedString, enumValueMeant, isAbsent } from '../../../support/decoding/decodedValue';
import { setFieldFix } from '../../../support/fixes/fieldFixes';

const OPERATORS = ['Equal', 'Exists'] as const;
const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] as const;

/**
 * A toleration's key is a label key; an empty key needs operator Exists;
 * Exists takes no value and Equal (the default) a label value; tolerationSeconds only goes with
 * NoExecute; the effect is NoSchedule, PreferNoSchedule or NoExecute. The numeric operators Gt
 * and Lt depend on a feature gate that is off by default, so they get a warning, not an error.
 */
export const apiTolerationsRule = defineRule({
  id: 'api/tolerations',
  severity: 'error',
  title: 'Tolerations match taints with a valid key, operator and effect',
  why: 'A toleration lets the pod run on nodes with a matching taint (key, value and effect); Kubernetes checks it is well formed so it matches what you intend, and not every node or none.',
  docsUrl: 'https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/',
  appliesTo: 'workload',
  mirrors: ['core.ValidateTolerations'],
  check(context, report) {
    decodedList(field(context.podSpec, 'tolerations'))?.forEach((toleration, index) => {
      if (!isJsonObject(toleration)) return;
      const path = [...context.podSpecPath, 'tolerations', index];
      const key = decodedString(field(toleration, 'key'));
      const operator = decodedString(field(toleration, 'operator'));
      const value = decodedString(field(toleration, 'value'));
      const effect = decodedString(field(toleration, 'effect'));
      if (key === undefined || operator === undefined || value === undefined || effect === undefined) return;
      const operatorPath = [...path, 'operator'];
      const effectPath = [...path, 'effect'];
      if (key !== '') {
        const problems = qualifiedNameProblems(key);
        if (problems.length > 0)
          report({
            path: [...path, 'key'],
            errorType: 'Invalid',
            message: `Toleration key "${key}" is not a valid taint key: ${problems.join('; ')}.`,
          });
      } else if (operator !== 'Exists') {
        report({
          path: operatorPath,
          errorType: 'Invalid',
          message:
            'A toleration without a key must use operator Exists (which tolerates every taint); add the key of the taint to tolerate.',
        });
      }
      if (!isAbsent(field(toleration, 'tolerationSeconds')) && effect !== 'NoExecute') {
        report({
          path: effectPath,
          errorType: 'Invalid',
          message: `tolerationSeconds only applies to effect NoExecute, but this toleration's effect is ${effect ? `"${effect}"` : 'empty'}.`,
        });
      }
      if (operator === 'Equal' || operator === '') {
        const problems = labelValueProblems(value);
        if (problems.length > 0)
          report({
            path: operatorPath,
            markerPath: [...path, 'value'],
            errorType: 'Invalid',
            message: `Toleration value "${value}" ${problems.join(' and ')}.`,
          });
      } else if (operator === 'Exists') {
        if (value !== '')
          report({
            path: operatorPath,
            markerPath: [...path, 'value'],
            errorType: 'Invalid',
            message: `Operator Exists matches any value, so value "${value}" must be removed (or use operator Equal).`,
          });
      } else if (operator === 'Gt' || operator === 'Lt') {
        // Version-dependent: TaintTolerationComparisonOperators (alpha, off by default since 1.35).
        report({
          path: operatorPath,
          severity: 'warning',
          message: `Operator ${operator} compares numbers and needs the TaintTolerationComparisonOperators feature gate (alpha since Kubernetes 1.35, off by default); without it the API server rejects it (use Equal or Exists).`,
        });
      } else {
        const meant = enumValueMeant(operator, OPERATORS);
        report({
          path: operatorPath,
          errorType: 'NotSupported',
          message: `Toleration operator "${operator}" is not supported: use Equal or Exists.`,
          ...(meant ? { fix: setFieldFix(context, operatorPath, meant, `Set operator to ${meant}`) } : {}),
        });
      }
      if (effect !== '' && !(EFFECTS as readonly string[]).includes(effect)) {
        const meant = enumValueMeant(effect, EFFECTS);
        report({
          path: effectPath,
          errorType: 'NotSupported',
          message: `Taint effect "${effect}" is not supported: use NoSchedule, PreferNoSchedule or NoExecute (or leave it empty for all effects).`,
          ...(meant ? { fix: setFieldFix(context, effectPath, meant, `Set effect to ${meant}`) } : {}),
        });
      }
    });
  },
});
