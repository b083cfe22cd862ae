import { containerPath } from '../../../model/containers';
import { field, isJsonArray, type JsonArray } from '../../../model/jsonValue';
import { defineRule } from '../../rule';
import { removeFieldFix } from '../security/fieldFixes';
import { describeContainer } from '../security/podSecurityContainers';

/** True when an entry between `from` and `to` refers to `$(name)`: it sees the earlier value. */
function referencedBetween(env: JsonArray, from: number, to: number, name: string): boolean {
  const reference = `$(${name})`;
  for (let i = from + 1; i < to; i++) {
    const value = field(env[i], 'value');
    if (typeof value === 'string' && value.includes(reference)) return true;
  }
  return false;
}

/** The same env var name twice in one container (the API server accepts it with a warning). */
export const duplicateEnvRule = defineRule({
  id: 'practice/duplicate-env',
  family: 'practice',
  severity: 'warning',
  title: 'Each env var is defined once per container',
  why: 'When a name appears twice in env, the container sees only the last definition; the earlier one silently does nothing, so someone editing it later changes nothing and wonders why.',
  docsUrl: 'https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/',
  appliesTo: 'workload',
  check(context, report) {
    for (const slot of context.containers) {
      const env = field(slot.container, 'env');
      if (!isJsonArray(env)) continue;
      const firstIndex = new Map<string, number>();
      env.forEach((entry, index) => {
        const name = field(entry, 'name');
        if (typeof name !== 'string' || name === '') return;
        const earlier = firstIndex.get(name);
        firstIndex.set(name, index);
        if (earlier === undefined) return;
        const envPath = [...context.podSpecPath, ...containerPath(slot), 'env'];
        report({
          path: [...envPath, index, 'name'],
          message: `The ${describeContainer(slot)} defines ${name} again (first at env[${earlier}]); only this later value is used.`,
          ...(referencedBetween(env, earlier, index, name)
            ? {}
            : { fix: removeFieldFix(`Remove the ignored definition env[${earlier}]`, context.ref, [...envPath, earlier], envPath.length) }),
        });
      });
    }
  },
});
