import { changeWorkloadKind } from '../model/operations/changeWorkloadKind';
import type { WorkloadKind } from '../model/workloadKinds';
import { getObject, updateObject, type ObjectRef } from '../model/workloads';
import type { ParsedManifest } from '../yaml/parseManifest';
import { writeManifest } from '../yaml/writeManifest';
import { fileStem } from './exportFileName';

/**
 * The manifest text with the designed workload re-wrapped as `kind` (the same conversion as the
 * kind menu, applied to a copy: the user's design is not changed). The rest of the file and its
 * comments are kept. Throws an OperationError when the object is not a workload.
 */
export function manifestTextAsKind(parsed: ParsedManifest, ref: ObjectRef, kind: WorkloadKind): string {
  const object = getObject(parsed.documents, ref);
  if (!object) throw new Error('The workload is not in the manifest.');
  if (object.kind === kind) return parsed.text;
  const next = updateObject(parsed.documents, ref, (workload) => changeWorkloadKind(workload, kind));
  return writeManifest(parsed, next).manifest.text;
}

/** A download name for the workload as another kind: `web-deployment.yaml`. */
export function kindFileName(name: string, kind: WorkloadKind): string {
  return `${fileStem(name, 'manifest')}-${kind.toLowerCase()}.yaml`;
}
