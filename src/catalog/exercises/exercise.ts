/** What an exercise asks for, checked live by src/exercises/ against the design and its findings. */
export type ExerciseGoalCheck =
  /** The named container has a readiness probe with a handler, and the design has no errors. */
  | { readonly kind: 'readiness-probe'; readonly container: string }
  /**
   * A volume is mounted in an app container and in a second running container whose command
   * tails a file under its mount of that volume, and the design has no errors.
   */
  | { readonly kind: 'shared-tailed-volume' }
  /** The workload passes this Pod Security Standards level, and the design has no errors. */
  | { readonly kind: 'pod-security-level'; readonly level: 'baseline' | 'restricted' }
  /** The API server would accept the design: no error findings. */
  | { readonly kind: 'no-errors' };

/** A workshop exercise: a starting design, a goal in one sentence, and how to check it. */
export interface Exercise {
  /** Stable id, used in shared links: `#exercise=<id>`. */
  readonly id: string;
  readonly title: string;
  /** The goal in one sentence, as the learner reads it. */
  readonly goal: string;
  /** The design the exercise starts from. */
  readonly starterYaml: string;
  readonly check: ExerciseGoalCheck;
  /** A nudge for when the validator has nothing relevant to say (its findings are the hints). */
  readonly hint: string;
}
