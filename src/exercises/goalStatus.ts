/** One step of the goal's checklist, checked against the current design. */
export interface StepStatus {
  readonly label: string;
  readonly met: boolean;
  /** Why it is not met yet, when the check can say (a finding's message, the simulation's reason). */
  readonly detail?: string;
}

/** Whether an exercise's goal is met by the current design, step by step. */
export interface GoalStatus {
  /** Every step is met. */
  readonly met: boolean;
  readonly steps: readonly StepStatus[];
}
