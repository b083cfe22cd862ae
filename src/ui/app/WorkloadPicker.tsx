import { WORKLOAD_KIND_NAMES, isWorkloadKind } from '../../model/workloadKinds';
import { sameObjectRef } from '../../model/workloads';
import { selectCurrentWorkload, selectIsStale, selectWorkloads } from '../../store/selectors';
import { useDesigner, useDesignerStore } from '../app/DesignerStoreContext';
import { useRunCommand } from '../commands/CommandRunner';

/**
 * What is being designed: the workload's kind (changing it is a command of the table) and, when
 * the file holds several workloads, which one.
 */
export function WorkloadPicker() {
  const store = useDesignerStore();
  const run = useRunCommand();
  const workload = useDesigner(selectCurrentWorkload);
  const workloads = useDesigner(selectWorkloads);
  const stale = useDesigner(selectIsStale);
  return (
    <>
      <select
        className="canvas-header__select canvas-header__select--kind"
        aria-label="Workload kind"
        title="The kind of the designed workload: changing it rewrites the manifest (one undo step)"
        value={workload?.kind ?? ''}
        disabled={!workload || stale}
        onChange={(event) => {
          if (isWorkloadKind(event.target.value)) run(`edit.changeKindTo${event.target.value}`);
        }}
      >
        {!workload && <option value="">Kind</option>}
        {WORKLOAD_KIND_NAMES.map((kind) => (
          <option key={kind} value={kind}>
            {kind}
          </option>
        ))}
      </select>
      {workloads.length > 1 && (
        <select
          className="canvas-header__select canvas-header__select--workload"
          aria-label="Workload"
          title="The file holds several workloads: the canvas shows this one"
          value={workloads.findIndex((entry) => workload && sameObjectRef(entry.ref, workload.ref))}
          onChange={(event) => {
            const chosen = workloads[Number(event.target.value)];
            if (chosen) store.getState().selectWorkload(chosen.ref);
          }}
        >
          {workloads.map((entry, index) => (
            <option key={index} value={index}>
              {entry.kind} {entry.name || '(unnamed)'}
            </option>
          ))}
        </select>
      )}
    </>
  );
}
