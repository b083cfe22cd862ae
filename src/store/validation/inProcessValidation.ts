import { ALL_RULES } from '../../validate/allRules';
import type { Rule } from '../../validate/rule';
import { kubernetesTargetOf } from '../../validate/support/versions/kubernetesVersionTable';
import type { StartValidation } from './validationService';
import { createValidationSession } from './validationSession';

/**
 * Validation on the calling thread, delivering each result before `validate` returns: for unit
 * tests and other places without Web Workers. The same session code as the worker runs.
 */
export function inProcessValidation(rules: readonly Rule[] = ALL_RULES): StartValidation {
  return (deliver) => {
    const validateText = createValidationSession(rules);
    return {
      validate: ({ version, text, kubernetesMinor }) =>
        deliver({ version, findings: validateText(text, kubernetesTargetOf(kubernetesMinor)) }),
    };
  };
}
