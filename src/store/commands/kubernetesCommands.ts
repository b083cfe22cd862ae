import {
  formatKubernetesVersion,
  type KubernetesMinor,
  SUPPORTED_KUBERNETES_MINORS,
} from '../../model/kubernetesVersion';
import type { Command } from './command';

/** The id of the command that makes `minor` the target: `view.targetKubernetes130` for 1.30. */
export function targetKubernetesCommandId(minor: KubernetesMinor): string {
  return `view.targetKubernetes1${minor}`;
}

/**
 * One command per supported Kubernetes version, making it the target the validator checks
 * against (the status strip's version menu runs them; the command palette lists them).
 */
export const KUBERNETES_COMMANDS: readonly Command[] = SUPPORTED_KUBERNETES_MINORS.map(
  (minor): Command => ({
    id: targetKubernetesCommandId(minor),
    label: `Target Kubernetes ${formatKubernetesVersion(minor)}`,
    group: 'view',
    keywords: ['kubernetes version', 'cluster version', 'k8s', 'api version', 'check against', 'older cluster'],
    checked: (state) => state.kubernetesMinor === minor,
    run: ({ store }) => {
      store.getState().setKubernetesMinor(minor);
      return minor;
    },
  }),
);
