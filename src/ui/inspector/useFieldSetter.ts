import { useCallback } from 'react';
import type { DataPath } from '../../model/dataPath';
import type { EntityId } from '../../model/entityId';
import type { JsonValue } from '../../model/jsonValue';
import { setInspectorField } from '../../store/commands/inspectorCommands';
import { useDesignerStore } from '../app/DesignerStoreContext';

/** Sets (`undefined`: removes) one field of the entity, as one undo step named by `label`. */
export type FieldSetter = (label: string, path: DataPath, value: JsonValue | undefined, keep?: number) => void;

export function useFieldSetter(id: EntityId): FieldSetter {
  const store = useDesignerStore();
  return useCallback(
    (label, path, value, keep) => void setInspectorField(store, label, id, path, value, keep),
    [store, id],
  );
}

/** '' means "remove the key", as for most optional Kubernetes strings. */
export const textOrRemove = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());

/** A value of the document as text for a field ('' when absent). */
export const asText = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
