import { ALL_RULES } from '../../validate/allRules';
import type { KubernetesTarget } from '../../validate/support/versions/kubernetesTarget';
import type { KubernetesMinor } from '../../model/kubernetesVersion';
import type { ValidationRequest } from './validationService';
import { createValidationSession } from './validationSession';

/**
 * The validation worker: the app's text → findings work, off the main thread. Answers each
 * request with a ValidationWorkerReply (the result, and when the work ran).
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ValidationRequest>) => void) | null;
  postMessage(message: unknown): void;
};

const validateText = createValidationSession(ALL_RULES);

/**
 * The version table is a chunk of its own, loaded with the first request: the worker starts (and
 * the first findings come) no later for it than the import takes.
 */
let loadTarget: Promise<(minor: KubernetesMinor) => KubernetesTarget> | null = null;
function targetOf(minor: KubernetesMinor): Promise<KubernetesTarget> {
  loadTarget ??= import('../../validate/support/versions/kubernetesVersionTable').then(
    (module) => module.kubernetesTargetOf,
  );
  return loadTarget.then((of) => of(minor));
}

scope.onmessage = async (event) => {
  const { version, text, kubernetesMinor } = event.data;
  const started = performance.timeOrigin + performance.now();
  try {
    const findings = validateText(text, await targetOf(kubernetesMinor));
    scope.postMessage({ version, findings, ran: { start: started, end: performance.timeOrigin + performance.now() } });
  } catch (error) {
    scope.postMessage({ version, failure: error instanceof Error ? error.message : String(error) });
  }
};
