import type { ChangeEvent } from 'react';
import { WORKLOAD_KIND_NAMES, isWorkloadKind } from '../../model/workloadKinds';
import { sameObjectRef } from '../../model/workloads';
import {
  selectCanRedo,
  selectCurrentWorkload,
  selectIsStale,
  selectUndoLabel,
  selectWorkloads,
} from '../../store/selectors';
import { useDesigner, useDesignerStore } from '../app/DesignerStoreContext';
import { readTextFile } from '../app/readTextFile';
import { ExportMenu } from '../export/ExportMenu';
import { PresenterToggle } from '../presenter/PresenterToggle';
import { CopyShareLinkButton } from '../share/CopyShareLinkButton';
import { exportFileName } from '../../store/exportFileName';
import { downloadText } from '../kit/download';
import { NEW_POD_YAML } from './starterManifest';

/** New, From template…, Open, Export, Copy, Exercises, the workload kind, Undo and Redo. */
export function Toolbar({ onOpenGallery }: { onOpenGallery?: (tab: 'templates' | 'exercises') => void } = {}) {
  const store = useDesignerStore();
  const workload = useDesigner(selectCurrentWorkload);
  const workloads = useDesigner(selectWorkloads);
  const stale = useDesigner(selectIsStale);
  const undoLabel = useDesigner(selectUndoLabel);
  const canRedo = useDesigner(selectCanRedo);

  const onOpen = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const text = await readTextFile(file, (message) => store.getState().showNotice(message, 'error'));
    if (text !== null) store.getState().loadText(text, `Open ${file.name}`);
  };
  const onExport = () => {
    const state = store.getState();
    if (!state.parse.ok)
      state.showNotice(
        'Exported as typed, but the YAML has an error: kubectl will refuse it until it is fixed.',
        'error',
      );
    downloadText(exportFileName(workload?.name, 'yaml', 'manifest'), state.text);
  };
  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(store.getState().text);
      store.getState().showNotice('YAML copied to the clipboard.', 'info');
    } catch {
      store
        .getState()
        .showNotice('The browser did not allow copying; select the text in the editor and copy it instead.', 'error');
    }
  };

  return (
    <header className="toolbar">
      <div className="toolbar__brand">
        <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={22} height={22} />
        <h1>Pod Designer</h1>
      </div>
      <div className="toolbar__controls" role="toolbar" aria-label="Pod Designer">
        <div className="toolbar__group">
          <button type="button" onClick={() => store.getState().loadText(NEW_POD_YAML, 'New pod')}>
            New
          </button>
          {onOpenGallery && (
            <button type="button" onClick={() => onOpenGallery('templates')}>
              From template…
            </button>
          )}
          <label className="button file-button">
            Open
            <input
              type="file"
              aria-label="Open"
              accept=".yaml,.yml,.json,application/yaml,text/yaml,text/plain"
              onChange={onOpen}
            />
          </label>
          <button type="button" onClick={onExport}>
            Export YAML
          </button>
          <ExportMenu />
          <button type="button" onClick={onCopy}>
            Copy YAML
          </button>
          {onOpenGallery && (
            <button type="button" onClick={() => onOpenGallery('exercises')}>
              Exercises
            </button>
          )}
          <CopyShareLinkButton />
        </div>
        <div className="toolbar__group">
          {workloads.length > 1 && (
            <label className="toolbar__field">
              <span>Workload</span>
              <select
                aria-label="Workload"
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
            </label>
          )}
          <label className="toolbar__field">
            <span>Kind</span>
            <select
              aria-label="Workload kind"
              value={workload?.kind ?? ''}
              disabled={!workload || stale}
              onChange={(event) => {
                if (isWorkloadKind(event.target.value)) store.getState().changeWorkloadKind(event.target.value);
              }}
            >
              {!workload && <option value="">—</option>}
              {WORKLOAD_KIND_NAMES.map((kind) => (
                <option key={kind} value={kind}>
                  {kind}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="toolbar__group">
          <button
            type="button"
            onClick={() => store.getState().undo()}
            disabled={!undoLabel}
            title={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
          >
            Undo
          </button>
          <button type="button" onClick={() => store.getState().redo()} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
            Redo
          </button>
        </div>
        <div className="toolbar__group">
          <PresenterToggle />
        </div>
      </div>
    </header>
  );
}
