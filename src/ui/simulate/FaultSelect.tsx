import type { ContainerRole } from '../../model/containers';
import type { JsonObject } from '../../model/jsonValue';
import { faultChoices } from '../../simulate/faultChoices';
import { CONTAINER_FAULTS, type ContainerFault } from '../../simulate/lifecycleTypes';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { useSimulationPlayback } from './useSimulationPlayback';

/** "What if" this container misbehaves: exits non-zero, or one of its probes fails. */
export function FaultSelect({ name, role, container }: { name: string; role: ContainerRole; container: JsonObject }) {
  const store = useDesignerStore();
  const fault = useSimulationPlayback((state) => state.faults[name] ?? 'none');
  return (
    <select
      className={`fault-select${fault !== 'none' ? ' is-failing' : ''}`}
      aria-label={`What if ${name}`}
      value={fault}
      onChange={(event) => {
        const chosen = event.target.value as ContainerFault;
        if (CONTAINER_FAULTS.includes(chosen)) store.getState().setSimulationFault(name, chosen);
      }}
    >
      {faultChoices(role, container).map((choice) => (
        <option key={choice.fault} value={choice.fault} disabled={choice.unavailable !== null}>
          {choice.label}
          {choice.unavailable ? ` (${choice.unavailable})` : ''}
        </option>
      ))}
    </select>
  );
}
