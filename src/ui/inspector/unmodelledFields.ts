import type { JsonValue } from '../../model/jsonValue';

/**
 * The keys of `object` the inspector has no field for, as dotted paths (`securityContext.privileged`).
 * `modelled` lists keys it edits; a key mapped to a list of sub-keys is edited only in part.
 * @example unmodelledFields({ image: 'x', tty: true }, { image: true }) → ['tty']
 */
export function unmodelledFields(
  object: JsonValue | undefined,
  modelled: Readonly<Record<string, true | readonly string[]>>,
  prefix = '',
): string[] {
  if (typeof object !== 'object' || object === null || Array.isArray(object)) return [];
  return Object.keys(object).flatMap((key) => {
    const rule = modelled[key];
    if (rule === true) return [];
    if (rule === undefined) return [`${prefix}${key}`];
    const child = (object as Record<string, JsonValue>)[key];
    const sub = Object.fromEntries(rule.map((name) => [name, true as const]));
    return unmodelledFields(child, sub, `${prefix}${key}.`);
  });
}
