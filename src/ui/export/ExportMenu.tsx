import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { renderDiagramSvg } from '../../graph/renderDiagramSvg';
import { manifestAsKubernetesList } from '../../model/kubernetesList';
import { OperationError } from '../../model/operations/updatePodSpec';
import { WORKLOAD_KIND_NAMES, type WorkloadKind } from '../../model/workloadKinds';
import type { DesignerStore } from '../../store/designerStore';
import { kindFileName, manifestTextAsKind } from '../../store/exportAsKind';
import { createGraphSelector } from '../../store/graphSelector';
import { selectCurrentWorkload } from '../../store/selectors';
import { useDesigner, useDesignerStore } from '../app/DesignerStoreContext';
import { exportFileName } from '../../store/exportFileName';
import { downloadBlob, downloadText } from '../kit/download';
import { svgToPng } from './svgToPng';
import './exportMenu.css';

/** Kinds offered in "Export as …" (ReplicaSet and ReplicationController are rarely written by hand). */
const EXPORT_KINDS: readonly WorkloadKind[] = WORKLOAD_KIND_NAMES.filter(
  (kind) => kind !== 'ReplicaSet' && kind !== 'ReplicationController',
);

interface ExportItem {
  readonly label: string;
  readonly run: (store: DesignerStore) => void | Promise<void>;
  readonly needsWorkload?: boolean;
}

function diagramSvg(store: DesignerStore): { svg: string; name: string } {
  const state = store.getState();
  const workload = selectCurrentWorkload(state);
  const graph = createGraphSelector()({ ...state, selection: { ids: [], origin: 'panel' } });
  const name = workload?.name ?? '';
  return { svg: renderDiagramSvg(graph, `${workload?.kind ?? 'Pod'} ${name || '(unnamed)'}`), name };
}

const ITEMS: readonly ExportItem[] = [
  {
    label: 'Diagram as SVG',
    run: (store) => {
      const { svg, name } = diagramSvg(store);
      downloadText(exportFileName(name, 'svg'), svg, 'image/svg+xml');
    },
  },
  {
    label: 'Diagram as PNG',
    run: async (store) => {
      const { svg, name } = diagramSvg(store);
      try {
        downloadBlob(exportFileName(name, 'png'), await svgToPng(svg, 2));
      } catch (error) {
        store
          .getState()
          .showNotice(
            `The PNG could not be made: ${error instanceof Error ? error.message : String(error)} Export the SVG instead.`,
            'error',
          );
      }
    },
  },
  {
    label: 'Manifest as JSON',
    run: (store) => {
      const state = store.getState();
      if (!state.parse.ok) {
        state.showNotice(
          'The YAML has an error: fix it first, then export JSON (JSON is made from the parsed documents).',
          'error',
        );
        return;
      }
      const json = `${JSON.stringify(manifestAsKubernetesList(state.parse.manifest.documents), null, 2)}\n`;
      downloadText(exportFileName(selectCurrentWorkload(state)?.name, 'json'), json, 'application/json');
    },
  },
  ...EXPORT_KINDS.map(
    (kind): ExportItem => ({
      label: `Manifest as ${kind}`,
      needsWorkload: true,
      run: (store) => {
        const state = store.getState();
        const workload = selectCurrentWorkload(state);
        if (!state.parse.ok || !workload) {
          state.showNotice(
            !state.parse.ok
              ? 'The YAML has an error: fix it first, then export as another kind.'
              : 'There is no workload to export.',
            'error',
          );
          return;
        }
        try {
          const text = manifestTextAsKind(state.parse.manifest, workload.ref, kind);
          downloadText(kindFileName(workload.name, kind), text);
        } catch (error) {
          if (!(error instanceof OperationError)) throw error;
          state.showNotice(error.message, 'error');
        }
      },
    }),
  ),
];

/** The "Export" menu: the diagram (SVG, PNG), the manifest as JSON, and as any workload kind. */
export function ExportMenu() {
  const store = useDesignerStore();
  const hasWorkload = useDesigner((state) => selectCurrentWorkload(state) !== null);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (open) enabledItems(menu.current)[0]?.focus();
  }, [open]);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && !button.current?.contains(event.target as Node))
        setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (focusButton: boolean): void => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };
  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    const all = enabledItems(menu.current);
    const index = all.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => all[(to + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') close(false);
    else return;
    if (event.key !== 'Tab') {
      event.preventDefault();
      event.stopPropagation();
    }
  };
  const choose = (item: ExportItem): void => {
    close(true);
    void item.run(store);
  };

  return (
    <div className="export-menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul
          ref={menu}
          id={menuId}
          className="export-menu__list"
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA menu pattern on a list.
          role="menu"
          aria-label="Export"
          onKeyDown={onMenuKeyDown}
        >
          {ITEMS.map((item, index) => {
            const disabled = item.needsWorkload && !hasWorkload;
            return [
              index === 3 && (
                // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA menu pattern on a list.
                <li key="separator" role="separator" className="export-menu__separator" />
              ),
              <li
                key={item.label}
                // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA menu pattern on a list.
                role="menuitem"
                tabIndex={-1}
                aria-disabled={disabled || undefined}
                className="export-menu__item"
                onClick={() => !disabled && choose(item)}
                onKeyDown={(event) => {
                  if ((event.key === 'Enter' || event.key === ' ') && !disabled) {
                    event.preventDefault();
                    choose(item);
                  }
                }}
              >
                {item.label}
              </li>,
            ];
          })}
        </ul>
      )}
    </div>
  );
}

/** The menu's items that can be chosen, in order (arrow keys move between them). */
function enabledItems(menu: HTMLElement | null): HTMLElement[] {
  return [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];
}
