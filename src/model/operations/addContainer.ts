import { containerNames, type ContainerRole } from '../containers';
import { field, type JsonObject } from '../jsonValue';
import { withKey, withoutKey } from '../valueAtPath';
import { appendInitContainer, appendToList, OperationError, updatePodSpec } from './updatePodSpec';

/**
 * Adds a container in the given role: an app container, a plain init container (appended to the
 * init sequence) or a native sidecar (an init container with `restartPolicy: Always`).
 * @example addContainer(pod, { name: 'web', image: 'nginx:1.27' }, 'app')
 */
export function addContainer(workload: JsonObject, container: JsonObject, role: ContainerRole = 'app'): JsonObject {
  const name = field(container, 'name');
  return updatePodSpec(workload, (podSpec) => {
    if (typeof name === 'string' && containerNames(podSpec).includes(name)) {
      throw new OperationError(`A container named "${name}" already exists in this pod.`);
    }
    if (role === 'app') return appendToList(podSpec, 'containers', withoutKey(container, 'restartPolicy'));
    const initContainer =
      role === 'sidecar' ? withKey(container, 'restartPolicy', 'Always') : withoutKey(container, 'restartPolicy');
    return appendInitContainer(podSpec, initContainer);
  });
}
