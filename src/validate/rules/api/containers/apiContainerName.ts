import { renameContainer } from '../../../../model/operations';
import { updateObject } from '../../../../model/workloads';
import type { FindingFix } from '../../../finding';
import type { ObjectContext } from '../../../objectContext';
import { defineRule } from '../../../rule';
import { dns1123LabelProblems, isDns1123Label } from '../../../support/nameFormats';
import { markerForMissing } from '../../../support/markerForMissing';
import type { PodContainer } from '../../../support/containers/podContainers';
import { decodedString } from '../../../support/decoding/decodedValue';
import { field } from '../../../../model/jsonValue';

/**
 * Every container (app, init, sidecar, ephemeral) needs a name that is a
 * DNS-1123 label, unique across the pod. Uniqueness follows the server exactly: app containers
 * among themselves, then each init container against app containers and earlier init containers,
 * then ephemeral containers against all of them.
 */
export const apiContainerNameRule = defineRule({
  id: 'api/container-name',
  severity: 'error',
  title: 'Container names are DNS labels, unique in the pod',
  why: 'Kubernetes uses the container name in logs, exec and metrics (kubectl logs pod -c name), so it must be a short lowercase DNS label that no other container of the pod uses.',
  docsUrl: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names',
  appliesTo: 'workload',
  mirrors: [
    'core.validateContainerCommon',
    'core.validateContainers',
    'core.validateInitContainers',
    'core.validateEphemeralContainers',
  ],
  check(context, report) {
    const entries = inServerOrder(context.containers);
    const allNames = new Set<string>();
    for (const entry of entries) if (entry.name !== undefined) allNames.add(entry.name);
    const duplicates = namesSeenBefore(entries);
    entries.forEach((entry, position) => {
      if (entry.name === undefined) return;
      const path = [...entry.container.path, 'name'];
      const name = entry.name;
      if (name === '') {
        report({
          path,
          markerPath: markerForMissing(context.object, path),
          errorType: 'Required',
          message: 'Every container needs a name.',
        });
      } else {
        const problems = dns1123LabelProblems(name);
        if (problems.length > 0) {
          const fix = lowercaseFix(context, entry, allNames);
          report({
            path,
            errorType: 'Invalid',
            message: `Container name "${name}" ${problems.join(' and ')}.`,
            ...(fix ? { fix } : {}),
          });
        }
      }
      if (duplicates[position]) {
        report({ path, errorType: 'Duplicate', message: `Another container in this pod is already named "${name}".` });
      }
    });
  },
});

/** A container with its name as the server decodes it: "" when missing, undefined when not a string. */
interface NamedContainer {
  readonly container: PodContainer;
  readonly name: string | undefined;
}

/** The containers in the order the API server validates them: app, init (sidecars too), ephemeral. */
function inServerOrder(containers: readonly PodContainer[]): NamedContainer[] {
  const named = containers.map((container) => ({ container, name: decodedString(field(container.container, 'name')) }));
  const listed = (listKey: PodContainer['listKey']) => named.filter((entry) => entry.container.listKey === listKey);
  return [...listed('containers'), ...listed('initContainers'), ...listed('ephemeralContainers')];
}

/**
 * For each container, whether the API server reports its name as a duplicate. App containers are
 * compared among themselves (a missing name counts too); init containers with app containers and
 * earlier named init containers; ephemeral containers with every other container.
 */
function namesSeenBefore(entries: readonly NamedContainer[]): boolean[] {
  const appNames = new Set<string>();
  const initNames = new Set<string>();
  const ephemeralNames = new Set<string>();
  return entries.map(({ container, name }) => {
    if (name === undefined) return false;
    let duplicate: boolean;
    if (container.listKey === 'containers') {
      duplicate = appNames.has(name);
      appNames.add(name);
    } else if (container.listKey === 'initContainers') {
      duplicate = appNames.has(name) || initNames.has(name);
      if (name !== '') initNames.add(name);
    } else {
      duplicate = ephemeralNames.has(name);
    }
    ephemeralNames.add(name);
    return duplicate;
  });
}

/** Lowercasing, when that alone makes a valid name no other container uses. */
function lowercaseFix(
  context: ObjectContext,
  entry: NamedContainer,
  allNames: ReadonlySet<string>,
): FindingFix | undefined {
  const from = entry.name ?? '';
  const to = from.toLowerCase();
  if (entry.container.listKey === 'ephemeralContainers' || to === from || !isDns1123Label(to) || allNames.has(to))
    return undefined;
  const sameName = context.containers.filter((other) => other.name === from);
  if (sameName.length !== 1) return undefined;
  return {
    label: `Rename the container to "${to}"`,
    apply: (manifest) => updateObject(manifest, context.ref, (object) => renameContainer(object, from, to)),
  };
}
