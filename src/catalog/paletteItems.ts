import type { ContainerRole } from '../model/containers';

/** What can be dragged from the palette onto the canvas. */
export interface ContainerPaletteItem {
  readonly id: string;
  readonly kind: 'container';
  readonly label: string;
  readonly description: string;
  readonly role: ContainerRole;
  /** Base for the new container's name (`container`, `container-2` ...). */
  readonly baseName: string;
  readonly image: string;
}

export type PaletteItem = ContainerPaletteItem;

export const PALETTE_ITEMS: readonly PaletteItem[] = [
  {
    id: 'container',
    kind: 'container',
    label: 'Container',
    description: 'An app container: runs for the life of the pod.',
    role: 'app',
    baseName: 'container',
    image: 'nginx:1.27',
  },
  {
    id: 'init-container',
    kind: 'container',
    label: 'Init container',
    description: 'Runs to completion before the app containers start.',
    role: 'init',
    baseName: 'init',
    image: 'busybox:1.36',
  },
  {
    id: 'sidecar',
    kind: 'container',
    label: 'Sidecar',
    description: 'A native sidecar: starts before the app and keeps running beside it.',
    role: 'sidecar',
    baseName: 'sidecar',
    image: 'busybox:1.36',
  },
];
