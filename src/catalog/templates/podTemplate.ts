/** A starting design for a common pod pattern, with an explanation for the learner. */
export interface PodTemplate {
  /** Stable id, used in links and tests: `logging-sidecar`. */
  readonly id: string;
  /** Shown in the gallery and as the name of its button. */
  readonly title: string;
  /** Short words to find it by: `sidecar`, `emptyDir`. */
  readonly tags: readonly string[];
  /** One paragraph shown beside the canvas: what the pattern is for and why it is built so. */
  readonly explanation: string;
  /** The manifest, written to pass the validator with no errors. */
  readonly yaml: string;
}
