import { ALL_RULES } from '../../validate/allRules';
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

scope.onmessage = (event) => {
  const { version, text } = event.data;
  const started = performance.timeOrigin + performance.now();
  try {
    const findings = validateText(text);
    scope.postMessage({ version, findings, ran: { start: started, end: performance.timeOrigin + performance.now() } });
  } catch (error) {
    scope.postMessage({ version, failure: error instanceof Error ? error.message : String(error) });
  }
};
