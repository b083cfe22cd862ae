import type { ContainerRole } from '../../../model/containers';
import { changeRole, duplicateContainerCommand } from '../../../store/commands/canvasCommands';
import { useDesignerStore } from '../../app/DesignerStoreContext';

const ROLE_OPTIONS: readonly { role: ContainerRole; label: string }[] = [
  { role: 'app', label: 'App container' },
  { role: 'init', label: 'Init container' },
  { role: 'sidecar', label: 'Sidecar' },
];

/** The role of a container (its lane) and Duplicate, reachable by keyboard inside the node. */
export function ContainerActions({ name, role }: { name: string; role: ContainerRole }) {
  const store = useDesignerStore();
  return (
    <div className="container-node__actions container-node__detail nodrag nopan">
      <select
        className="container-node__role-select"
        aria-label={`Role of ${name}`}
        value={role}
        onChange={(event) => changeRole(store, name, event.target.value as ContainerRole)}
      >
        {ROLE_OPTIONS.map((option) => (
          <option key={option.role} value={option.role}>
            {option.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="container-node__action"
        aria-label={`Duplicate ${name}`}
        title="Duplicate this container"
        onClick={() => duplicateContainerCommand(store, name)}
      >
        Duplicate
      </button>
    </div>
  );
}
