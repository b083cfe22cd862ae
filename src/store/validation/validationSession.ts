import { createManifestValidator } from '../../validate/createManifestValidator';
import type { Rule } from '../../validate/rule';
import type { KubernetesTarget } from '../../validate/support/versions/kubernetesTarget';
import { createManifestParser } from '../../yaml/createManifestParser';
import { type ReportedFinding, reportFindings } from './reportedFinding';

/**
 * Validation of one text after another, as the worker (or the tests, in process) runs it: the
 * text is parsed with a parser and validated with a validator that both remember the last text,
 * so an edit costs only the documents it touched. A new target Kubernetes version starts a new
 * validator (every finding may change). Null when the text does not parse (the app only asks
 * about texts that do).
 */
export function createValidationSession(
  rules: readonly Rule[],
): (text: string, kubernetesTarget?: KubernetesTarget) => ReportedFinding[] | null {
  const parser = createManifestParser();
  let target: KubernetesTarget | undefined;
  let validate = createManifestValidator(rules);
  return (text, kubernetesTarget) => {
    if (kubernetesTarget?.minor !== target?.minor) {
      target = kubernetesTarget;
      validate = createManifestValidator(rules, target ? { kubernetesTarget: target } : {});
    }
    const outcome = parser.parse(text);
    if (!outcome.ok) return null;
    return reportFindings(outcome.manifest, validate(outcome.manifest.documents));
  };
}
