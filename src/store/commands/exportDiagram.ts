import { renderDiagramSvg } from '../../graph/renderDiagramSvg';
import type { DesignerState } from '../designerStore';
import { createGraphSelector } from '../graphSelector';
import { selectCurrentWorkload } from '../selectors';

/** The diagram of the designed pod as an SVG document, named after the workload (nothing selected). */
export function diagramSvgOf(state: DesignerState): { readonly svg: string; readonly name: string } {
  const workload = selectCurrentWorkload(state);
  const graph = createGraphSelector()({ ...state, selection: { ids: [], origin: 'panel' } });
  const name = workload?.name ?? '';
  return { svg: renderDiagramSvg(graph, `${workload?.kind ?? 'Pod'} ${name || '(unnamed)'}`), name };
}
