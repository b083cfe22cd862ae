import type { DataPath } from '../../../model/dataPath';
import { field, isJsonObject, type JsonObject } from '../../../model/jsonValue';
import type { ObjectContext } from '../../objectContext';

/** The pod's annotations (a Pod's own, or a controller's pod template's) and where they are. */
export interface PodAnnotations {
  readonly annotations: JsonObject;
  /** `['metadata', 'annotations']` or `['spec', 'template', 'metadata', 'annotations']` ... */
  readonly path: DataPath;
}

export function podAnnotations(context: ObjectContext): PodAnnotations | undefined {
  const annotations = field(context.podMetadata, 'annotations');
  if (!isJsonObject(annotations)) return undefined;
  return { annotations, path: [...context.podMetadataPath, 'annotations'] };
}
