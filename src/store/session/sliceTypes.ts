import type { DesignerStore } from '../designerStore';

/** What a slice of the designer store gets to read and write the whole store. */
export type SetDesignerState = DesignerStore['setState'];
export type GetDesignerState = DesignerStore['getState'];
