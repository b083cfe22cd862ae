/** The drag data type of a palette item: its id (React Flow's pane receives the drop). */
export const PALETTE_DRAG_TYPE = 'application/x-pod-designer-palette-item';
