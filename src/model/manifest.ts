import type { JsonObject } from './jsonValue';

/**
 * The model: the documents of one YAML stream, in order. An empty document (`---` with nothing
 * after it) is null and is kept so the text's document structure survives.
 */
export type Manifest = readonly (JsonObject | null)[];
