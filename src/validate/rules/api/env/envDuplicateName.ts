import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import { decodedString, isAbsent } from '../podSpec/decodedValue';
import { containerEnv } from './containerEnv';

/**
 * The API server's warning for an env var defined twice in one container (pkg/api/pod/warnings.go):
 * the later definition wins, unless it builds on the earlier one with "$(NAME)".
 */
export const envDuplicateNameRule = defineRule({
  id: 'api/env-duplicate-name',
  family: 'api',
  severity: 'warning',
  title: 'Each environment variable is defined once per container',
  why: 'When a name appears twice, the later definition silently replaces the earlier one, and kubectl apply may even drop one of them when you change the manifest later.',
  docsUrl: 'https://kubernetes.io/docs/tasks/inject-data-application/define-interdependent-environment-variables/',
  appliesTo: 'workload',
  check(context, report) {
    let names = new Set<string>();
    let currentOwner: unknown;
    for (const env of containerEnv(context)) {
      if (env.owner !== currentOwner) {
        currentOwner = env.owner;
        names = new Set();
      }
      const name = decodedString(field(env.entry, 'name'));
      if (name === undefined) continue;
      if (!names.has(name)) {
        names.add(name);
        continue;
      }
      const reference = `$(${name})`;
      const value = decodedString(field(env.entry, 'value')) ?? '';
      const replacesEarlier = !isAbsent(field(env.entry, 'valueFrom')) || value === reference || !value.includes(reference);
      if (replacesEarlier) {
        report({
          path: env.path,
          message: `"${name}" is defined again here and hides its earlier definition in this container (kubectl apply may drop one of them).`,
        });
      }
    }
  },
});
