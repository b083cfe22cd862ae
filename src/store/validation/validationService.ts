import type { KubernetesMinor } from '../../model/kubernetesVersion';
import type { ReportedFinding } from './reportedFinding';

/**
 * A text to validate for a target Kubernetes version; `version` tells its result apart from those
 * of texts asked about earlier.
 */
export interface ValidationRequest {
  readonly version: number;
  readonly text: string;
  readonly kubernetesMinor: KubernetesMinor;
}

/** The findings for one request's text (null when the text does not parse), or why validation failed. */
export type ValidationResult =
  | { readonly version: number; readonly findings: readonly ReportedFinding[] | null }
  | { readonly version: number; readonly failure: string };

/** A validator started for one store (for as long as the store lives): it validates the texts asked about. */
interface RunningValidation {
  validate(request: ValidationRequest): void;
}

/**
 * Starts a validator that hands each result to `deliver`: in a Web Worker in the app
 * (workerValidation), in process in tests (inProcessValidation).
 */
export type StartValidation = (deliver: (result: ValidationResult) => void) => RunningValidation;
