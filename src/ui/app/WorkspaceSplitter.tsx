import { PANEL_SIZE_LIMITS, type PanelSize } from '../../store/session/workspaceLayout';
import { Splitter } from '../kit/Splitter';
import { useDesigner, useDesignerStore } from './DesignerStoreContext';

interface WorkspaceSplitterProps {
  readonly size: PanelSize;
  readonly label: string;
  readonly controls: string;
  /** The height of the column it splits, for a share of it (the inspector above the editor). */
  readonly columnHeight?: number;
}

const SHAPES: Readonly<Record<PanelSize, { orientation: 'vertical' | 'horizontal'; growsWith: 1 | -1; step: number }>> =
  {
    paletteWidth: { orientation: 'vertical', growsWith: 1, step: 16 },
    sideWidth: { orientation: 'vertical', growsWith: -1, step: 16 },
    inspectorShare: { orientation: 'horizontal', growsWith: 1, step: 0.05 },
    dockHeight: { orientation: 'horizontal', growsWith: -1, step: 16 },
  };

/** A splitter that resizes one panel of the workspace; the size is session state, remembered across reloads. */
export function WorkspaceSplitter({ size, label, controls, columnHeight }: WorkspaceSplitterProps) {
  const store = useDesignerStore();
  const value = useDesigner((state) => state.layout.sizes[size]);
  const { min, max } = PANEL_SIZE_LIMITS[size];
  const share = size === 'inspectorShare';
  return (
    <Splitter
      {...SHAPES[size]}
      label={label}
      controls={controls}
      value={value}
      min={min}
      max={max}
      unitsPerPixel={share ? 1 / Math.max(1, columnHeight ?? 1) : 1}
      valueText={share ? `${Math.round(value * 100)}%` : `${value} pixels`}
      onChange={(next) => store.getState().resizePanel(size, next)}
    />
  );
}
