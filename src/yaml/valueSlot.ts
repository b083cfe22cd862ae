import type { MappingEntrySource } from './sourceNodes';

/**
 * Where a value sits in its parent, which decides how replacement text for it must start: the
 * document root, the value of a block mapping entry, a block sequence item (after its `-`), or
 * anywhere inside a flow collection.
 */
export type ValueSlot =
  | { readonly kind: 'root' }
  | { readonly kind: 'mapValue'; readonly entry: MappingEntrySource }
  | { readonly kind: 'seqItem'; readonly dash: number }
  | { readonly kind: 'flow' };
