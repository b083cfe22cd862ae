import { formatDataPath } from '../../model/dataPath';
import type { MapEntryEdit } from '../../model/operations/setMapEntry';
import type { LabelFollowers } from '../../model/operations/setPodLabelWithServices';
import { editPodLabelCommand } from '../../store/commands/inspectorCommands';
import { useDesignerStore } from '../app/DesignerStoreContext';
import { ModalDialog } from '../kit/ModalDialog';

/**
 * Asks before a pod label edit leaves behind the controller's selector and the Services that
 * select the pods through that label: update them too (the usual wish), only the label, or cancel
 * (the safe choice, focused first).
 */
export function LabelFollowersDialog({
  edit,
  followers,
  workloadKind,
}: {
  edit: MapEntryEdit;
  followers: LabelFollowers;
  workloadKind: string;
}) {
  const store = useDesignerStore();
  const answer = (follow: boolean | null) => {
    store.getState().closeDialog();
    if (follow !== null) editPodLabelCommand(store, edit, follow);
  };
  const users = [
    ...(followers.selector ? [`the ${workloadKind}'s selector (${formatDataPath(followers.selector)})`] : []),
    ...followers.services.map((name) => `Service ${name} (spec.selector)`),
  ];
  return (
    <ModalDialog
      title={dialogTitle(edit)}
      onCancel={() => answer(null)}
      actions={
        <>
          <button type="button" onClick={() => answer(null)}>
            Cancel
          </button>
          <button type="button" onClick={() => answer(false)}>
            Only the label
          </button>
          <button type="button" className="button--primary" onClick={() => answer(true)}>
            Update them too
          </button>
        </>
      }
    >
      <p>
        These select the pods through <code>{edit.from}</code> and would stop reaching them if only the label changed:
      </p>
      <ul>
        {users.map((user) => (
          <li key={user}>{user}</li>
        ))}
      </ul>
      <p>Undo puts back whatever you choose.</p>
      {followers.selector && workloadKind !== 'ReplicationController' && (
        <p>
          A {workloadKind}'s selector cannot change once it exists in a cluster: <code>kubectl apply</code> refuses it
          there, so delete and re-create the {workloadKind}, or keep the old label as well.
        </p>
      )}
    </ModalDialog>
  );
}

function dialogTitle(edit: MapEntryEdit): string {
  if (edit.to === null) return `Remove pod label ${edit.from}?`;
  if (edit.to !== edit.from) return `Rename pod label ${edit.from} to ${edit.to}?`;
  return `Change pod label ${edit.from} to ${edit.value}?`;
}
