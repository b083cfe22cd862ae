/** A reason the goal is not met yet, taken from a validator finding. */
export interface GoalHint {
  /** What is wrong, as the validator says it. */
  readonly message: string;
  /** Why it matters: the finding's `why` text. */
  readonly why: string;
}

/** Whether an exercise's goal is met by the current design, and what would help if not. */
export interface GoalStatus {
  readonly met: boolean;
  /** Relevant findings, errors first; empty when the validator has nothing relevant to say. */
  readonly hints: readonly GoalHint[];
}
