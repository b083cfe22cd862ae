import { DEFAULT_KUBERNETES_MINOR, type KubernetesMinor, parseKubernetesVersion } from '../../model/kubernetesVersion';
import type { SetDesignerState } from './sliceTypes';

/**
 * The Kubernetes version the design targets (the cluster it is for): the validator reports fields
 * newer than it and API versions it does not serve. Session state: it belongs to the person's
 * setup (and the team's config file), not to the manifest, so it is not undone with it.
 */
export interface KubernetesTargetState {
  readonly kubernetesMinor: KubernetesMinor;
}

export interface KubernetesTargetActions {
  setKubernetesMinor(minor: KubernetesMinor): void;
}

export function createKubernetesTargetSlice(
  set: SetDesignerState,
  initial: KubernetesMinor = DEFAULT_KUBERNETES_MINOR,
): KubernetesTargetState & KubernetesTargetActions {
  return {
    kubernetesMinor: initial,
    setKubernetesMinor(minor) {
      set({ kubernetesMinor: minor });
    },
  };
}

/** A remembered target read back, or undefined when it is not a supported version (any more). */
export function sanitizeKubernetesMinor(saved: unknown): KubernetesMinor | undefined {
  return parseKubernetesVersion(saved);
}
