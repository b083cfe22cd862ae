import {
  Globe,
  Network,
  Box,
  Boxes,
  CircleCheck,
  CircleUser,
  Database,
  DatabaseZap,
  FileCog,
  Folder,
  FolderGit2,
  HardDrive,
  HeartPulse,
  Hourglass,
  type IconNode,
  Info,
  KeyRound,
  Layers,
  ListChecks,
  Package,
  PanelRight,
  Server,
  Timer,
  TriangleAlert,
} from 'lucide';
import type { ContainerRole, ProbeKind } from '../model/containers';

/**
 * The icons of the canvas (Lucide's paths, 24×24, stroked): one table read by the node components
 * (through lucide-react's `Icon`) and by the SVG export, so both draw the same picture.
 */
export type { IconNode };

export const POD_ICON: IconNode = Boxes;

export const ROLE_ICONS: Readonly<Record<ContainerRole, IconNode>> = {
  app: Box,
  init: ListChecks,
  sidecar: PanelRight,
};

export const PROBE_ICONS: Readonly<Record<ProbeKind, IconNode>> = {
  livenessProbe: HeartPulse,
  readinessProbe: CircleCheck,
  startupProbe: Timer,
};

const VOLUME_ICONS: Readonly<Record<string, IconNode>> = {
  emptyDir: Folder,
  configMap: FileCog,
  secret: KeyRound,
  hostPath: Server,
  persistentVolumeClaim: Database,
  claimTemplate: DatabaseZap,
  projected: Layers,
  downwardAPI: Info,
  ephemeral: Hourglass,
  image: Package,
  gitRepo: FolderGit2,
  missing: TriangleAlert,
};

/** A volume's icon by source type (`claimTemplate` and `missing` for the canvas's own kinds). */
export const volumeIcon = (type: string): IconNode => VOLUME_ICONS[type] ?? HardDrive;

const REFERENCE_ICONS: Readonly<Record<string, IconNode>> = {
  ConfigMap: FileCog,
  Secret: KeyRound,
  PersistentVolumeClaim: Database,
  ServiceAccount: CircleUser,
  Service: Network,
  Ingress: Globe,
};

export const referenceIcon = (kind: string): IconNode => REFERENCE_ICONS[kind] ?? HardDrive;
