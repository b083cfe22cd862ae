import type { KubernetesMinor } from '../../model/kubernetesVersion';
import type { DesignerStore } from '../designerStore';
import type { ValidationRequest, StartValidation } from './validationService';

/**
 * Validates the store's last good text, for its target Kubernetes version, whenever either changes and hands the findings back to the
 * store. Each request carries a version; a result for anything but the newest request is stale
 * and dropped (the canvas never waits: it shows the new text at once, the findings follow).
 */
export function connectValidation(store: DesignerStore, start: StartValidation): void {
  let latest: ValidationRequest | null = null;
  const validator = start((result) => {
    if (!latest || result.version !== latest.version) return;
    if ('failure' in result) {
      store.getState().showNotice(`The validator stopped working (${result.failure}); reload the page to restart it.`);
      return;
    }
    store.getState().receiveFindings(latest.text, result.findings ?? []);
  });
  const request = (text: string, kubernetesMinor: KubernetesMinor): void => {
    if (latest?.text === text && latest.kubernetesMinor === kubernetesMinor) return;
    latest = { version: (latest?.version ?? 0) + 1, text, kubernetesMinor };
    validator.validate(latest);
  };
  request(store.getState().lastGood.text, store.getState().kubernetesMinor);
  store.subscribe((state, previous) => {
    if (state.lastGood !== previous.lastGood || state.kubernetesMinor !== previous.kubernetesMinor)
      request(state.lastGood.text, state.kubernetesMinor);
  });
}
