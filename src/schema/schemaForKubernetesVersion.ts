import type { KubernetesJsonSchema } from './kubernetesSchema';
import type { KubernetesVersionTable } from './kubernetesVersionTable';
import { presenceIn } from './versionPresence';

type JsonSchemaNode = { readonly [keyword: string]: unknown };

/**
 * The editor's schema for a target Kubernetes version: the 1.36 schema without the properties and
 * enum values the target does not have yet, so completion offers only what the cluster accepts.
 * Definitions are matched to the version table's types by walking both from each root kind down
 * the same property names (the two name types differently: io.k8s.api.core.v1.Container,
 * V1Container). A property or value whose presence is unknown (no package describes its place in
 * the target) is kept. Returns `schema` itself for a target that has every property and value.
 */
export function schemaForKubernetesVersion(
  schema: KubernetesJsonSchema,
  table: KubernetesVersionTable,
  minor: number,
): KubernetesJsonSchema {
  const removed = new Map<string, Set<string>>();
  const removedValues = new Map<string, Map<string, Set<string>>>();
  const visited = new Set<string>();
  const walk = (definition: string, type: string): void => {
    const key = `${definition} ${type}`;
    if (visited.has(key)) return;
    visited.add(key);
    const properties = (schema.definitions[definition] as JsonSchemaNode | undefined)?.properties as
      | Readonly<Record<string, JsonSchemaNode>>
      | undefined;
    const fields = table.types[type];
    if (!properties || !fields) return;
    for (const [name, availability] of Object.entries(fields)) {
      const property = properties[name];
      if (!property) continue;
      if (presenceIn(table, availability, minor) === 'absent') {
        const names = removed.get(definition) ?? new Set<string>();
        names.add(name);
        removed.set(definition, names);
        continue;
      }
      const absentValues = Object.entries(availability.values ?? {})
        .filter(([, introduction]) => presenceIn(table, introduction, minor) === 'absent')
        .map(([value]) => value);
      if (absentValues.length > 0) {
        const ofDefinition = removedValues.get(definition) ?? new Map<string, Set<string>>();
        ofDefinition.set(name, new Set([...(ofDefinition.get(name) ?? []), ...absentValues]));
        removedValues.set(definition, ofDefinition);
      }
      const child = referencedDefinition(property);
      if (availability.type && child) walk(child, availability.type);
    }
  };
  for (const [kind, root] of Object.entries(schema['x-pod-designer-roots'])) {
    const type = table.roots[`${root.apiVersion}/${kind}`];
    if (type) walk(root.definition, type);
  }
  if (removed.size === 0 && removedValues.size === 0) return schema;
  const definitions: Record<string, object> = { ...schema.definitions };
  for (const definition of new Set([...removed.keys(), ...removedValues.keys()])) {
    const original = schema.definitions[definition] as JsonSchemaNode;
    const names = removed.get(definition);
    const values = removedValues.get(definition);
    const properties = Object.fromEntries(
      Object.entries(original.properties as Record<string, JsonSchemaNode>)
        .filter(([name]) => !names?.has(name))
        .map(([name, property]) => {
          const drop = values?.get(name);
          return [name, drop ? withoutEnumValues(property, drop) : property];
        }),
    );
    definitions[definition] = { ...original, properties };
  }
  return { ...schema, definitions };
}

/** A property schema whose `enum` (or its items' `enum`, for a list) leaves out `drop`. */
function withoutEnumValues(property: JsonSchemaNode, drop: ReadonlySet<string>): JsonSchemaNode {
  const filtered = (node: JsonSchemaNode): JsonSchemaNode =>
    Array.isArray(node.enum)
      ? { ...node, enum: node.enum.filter((value) => typeof value !== 'string' || !drop.has(value)) }
      : node;
  const items = property.items;
  return typeof items === 'object' && items !== null && !Array.isArray(items)
    ? { ...filtered(property), items: filtered(items as JsonSchemaNode) }
    : filtered(property);
}

/** The definition a property's value (or its items, or its map values) refers to. */
function referencedDefinition(property: JsonSchemaNode): string | undefined {
  for (const node of [property, property.items, property.additionalProperties]) {
    const ref = typeof node === 'object' && node !== null ? (node as JsonSchemaNode).$ref : undefined;
    if (typeof ref === 'string' && ref.startsWith('#/definitions/')) return ref.slice('#/definitions/'.length);
  }
  return undefined;
}
