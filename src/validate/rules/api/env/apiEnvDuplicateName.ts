import { field } from '../../../../model/jsonValue';
import { defineRule } from '../../../rule';
import type { PodContainer } from '../../../support/containers/podContainers';
import { decodedString, isAbsent } from '../../../support/decoding/decodedValue';
import { containerEnv, type ContainerEnvEntry } from '../../../support/containers/containerEnv';
import { removeFieldFix } from '../../../support/fixes/fieldFixes';

/** True when an entry between the two definitions refers to `$(name)`: it sees the earlier value. */
function referencedBetween(entries: readonly ContainerEnvEntry[], from: number, to: number, name: string): boolean {
  const reference = `$(${name})`;
  return entries.some(
    (env) => env.index > from && env.index < to && (decodedString(field(env.entry, 'value')) ?? '').includes(reference),
  );
}

/**
 * The API server's warning for an env var defined twice in one container (pkg/api/pod/warnings.go):
 * the later definition wins, unless it builds on the earlier one with "$(NAME)". The fix removes
 * the hidden earlier definition, unless something between the two refers to it.
 */
export const apiEnvDuplicateNameRule = defineRule({
  id: 'api/env-duplicate-name',
  severity: 'warning',
  title: 'Each environment variable is defined once per container',
  why: 'When a name appears twice, the later definition silently replaces the earlier one, and kubectl apply may even drop one of them when you change the manifest later.',
  docsUrl: 'https://kubernetes.io/docs/tasks/inject-data-application/define-interdependent-environment-variables/',
  appliesTo: 'workload',
  mirrors: ['podWarnings.warningsForPodSpecAndMeta'],
  check(context, report) {
    const byOwner = new Map<PodContainer, ContainerEnvEntry[]>();
    for (const env of containerEnv(context)) byOwner.set(env.owner, [...(byOwner.get(env.owner) ?? []), env]);
    for (const entries of byOwner.values()) {
      const firstIndex = new Map<string, number>();
      for (const env of entries) {
        const name = decodedString(field(env.entry, 'name'));
        if (name === undefined) continue;
        const earlier = firstIndex.get(name);
        if (earlier === undefined) {
          firstIndex.set(name, env.index);
          continue;
        }
        const reference = `$(${name})`;
        const value = decodedString(field(env.entry, 'value')) ?? '';
        const replacesEarlier =
          !isAbsent(field(env.entry, 'valueFrom')) || value === reference || !value.includes(reference);
        if (!replacesEarlier) continue;
        const envPath = env.path.slice(0, -1);
        report({
          path: env.path,
          message: `"${name}" is defined again here and hides its earlier definition (env[${earlier}]) in this container (kubectl apply may drop one of them).`,
          ...(referencedBetween(entries, earlier, env.index, name) || value.includes(reference)
            ? {}
            : {
                fix: removeFieldFix(
                  context,
                  [...envPath, earlier],
                  `Remove the hidden definition env[${earlier}]`,
                  envPath,
                ),
              }),
        });
      }
    }
  },
});
