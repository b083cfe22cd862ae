import { targetKubernetesCommandId } from '../../store/commands/kubernetesCommands';
import {
  formatKubernetesVersion,
  type KubernetesMinor,
  SUPPORTED_KUBERNETES_MINORS,
} from '../../model/kubernetesVersion';
import { useDesigner } from '../app/DesignerStoreContext';
import { useRunCommand } from '../commands/CommandRunner';

/**
 * "Kubernetes 1.36 ▾" in the status strip: the version the design targets. Choosing another runs
 * its command (the palette has the same ones), and the problems follow at once.
 */
export function KubernetesVersionMenu() {
  const run = useRunCommand();
  const minor = useDesigner((state) => state.kubernetesMinor);
  return (
    <label
      className="status-strip__item status-strip__kubernetes"
      title="The Kubernetes version of the cluster: newer fields and values, and API versions it does not serve, are errors"
    >
      Kubernetes
      <select
        aria-label="Target Kubernetes version"
        value={minor}
        onChange={(event) => run(targetKubernetesCommandId(Number(event.target.value) as KubernetesMinor))}
      >
        {[...SUPPORTED_KUBERNETES_MINORS].reverse().map((option) => (
          <option key={option} value={option}>
            {formatKubernetesVersion(option)}
          </option>
        ))}
      </select>
    </label>
  );
}
