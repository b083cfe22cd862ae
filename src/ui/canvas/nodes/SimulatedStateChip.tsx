import { useContainerSimulationState } from './useContainerSimulationState';

/** While the lifecycle plays, the container's simulated state on its node (text and colour). */
export function SimulatedStateChip({ name }: { name: string }) {
  const state = useContainerSimulationState(name);
  if (!state) return null;
  const backOff = state.backOffSeconds !== undefined ? ` ${state.backOffSeconds} s` : '';
  return (
    <div className={`simulation-chip lifecycle-phase--${state.phase}`} title={state.detail}>
      <span className="simulation-chip__caption">Simulated:</span> {state.label}
      {backOff}
      {state.restartCount > 0 ? ` · ${state.restartCount}↻` : ''}
    </div>
  );
}
