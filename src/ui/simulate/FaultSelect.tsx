import type { ContainerRole } from '../../model/containers';
import type { JsonObject } from '../../model/jsonValue';
import { faultChoices } from '../../simulate/faultChoices';
import { CONTAINER_FAULTS, type ContainerFault } from '../../simulate/lifecycleTypes';
import { selectDesignFaults } from '../../store/simulationTimeline';
import { useDesigner, useDesignerStore } from '../app/DesignerStoreContext';
import { useSimulationPlayback } from './useSimulationPlayback';

/**
 * "What if" this container misbehaves: exits non-zero, or one of its probes fails. It starts at
 * what the design itself makes happen (a command line in one string cannot start), if anything.
 */
export function FaultSelect({ name, role, container }: { name: string; role: ContainerRole; container: JsonObject }) {
  const store = useDesignerStore();
  const designFault = useDesigner((state) => selectDesignFaults(state).get(name));
  const fault = useSimulationPlayback((state) => state.faults[name] ?? designFault?.fault ?? 'none');
  return (
    <select
      className={`fault-select${fault !== 'none' ? ' is-failing' : ''}`}
      title={designFault ? `By the design: ${designFault.reason}` : undefined}
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
