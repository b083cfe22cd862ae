import { field, isJsonArray, isJsonObject, type JsonObject } from '../../model/jsonValue';
import { volumeSourceType } from '../../model/volumes';

export interface VolumeSummary {
  /** The source type as the API names it: emptyDir, configMap, persistentVolumeClaim ... */
  readonly type: string;
  /** What it points at: `configMap: app-config`, `hostPath: /var/log` ... */
  readonly detail: string | null;
}

export function describeVolume(volume: JsonObject): VolumeSummary {
  const type = volumeSourceType(volume);
  const source = field(volume, type);
  const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
  let detail: string | null = null;
  switch (type) {
    case 'emptyDir': {
      const medium = field(source, 'medium');
      const size = field(source, 'sizeLimit');
      detail =
        [medium === 'Memory' ? 'in memory' : null, size !== undefined ? `≤ ${String(size)}` : null]
          .filter(Boolean)
          .join(', ') || null;
      break;
    }
    case 'configMap':
      detail = text(field(source, 'name'));
      break;
    case 'secret':
      detail = text(field(source, 'secretName'));
      break;
    case 'hostPath':
      detail = text(field(source, 'path'));
      break;
    case 'persistentVolumeClaim':
      detail = text(field(source, 'claimName'));
      break;
    case 'projected': {
      const sources = field(source, 'sources');
      detail = isJsonArray(sources)
        ? sources
            .filter(isJsonObject)
            .map((entry) => Object.keys(entry)[0])
            .filter(Boolean)
            .join(' + ') || null
        : null;
      break;
    }
    case 'image':
      detail = text(field(source, 'reference'));
      break;
    case 'ephemeral': {
      const storage = field(
        field(field(field(field(source, 'volumeClaimTemplate'), 'spec'), 'resources'), 'requests'),
        'storage',
      );
      detail = storage !== undefined ? `${String(storage)} claim` : 'per-pod claim';
      break;
    }
    case 'csi':
      detail = text(field(source, 'driver'));
      break;
    default:
      detail = null;
  }
  return { type, detail };
}
