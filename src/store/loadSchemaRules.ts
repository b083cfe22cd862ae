import type { DesignerStore } from './designerStore';

/**
 * Loads the schema rule family (ajv and the Kubernetes schema, a chunk of its own) after the first
 * screen, and adds it to the store's rules: the core rules validate from the first keystroke, the
 * schema findings join when this resolves. Safe to call more than once.
 */
export async function loadSchemaRules(store: DesignerStore): Promise<void> {
  const { schemaRules } = await import('../validate/rules/schemaRules');
  store.getState().addValidatorRules(schemaRules);
}
