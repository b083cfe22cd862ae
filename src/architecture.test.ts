import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layer table of DESIGN.md, checked: which folders of src/ each layer may import, and which
 * packages. Dependencies point one way; pure layers stay free of React, the DOM and the store.
 */
const LAYERS: Record<string, { layers: string[]; packages: RegExp; typeOnlyPackages?: RegExp }> = {
  model: { layers: [], packages: /^$/ },
  yaml: { layers: ['model'], packages: /^js-yaml$/ },
  schema: { layers: ['generated'], packages: /^$/ },
  validate: { layers: ['model', 'schema'], packages: /^ajv(\/|$)/ },
  graph: { layers: ['model'], packages: /^lucide$/, typeOnlyPackages: /^@xyflow\/react$/ },
  catalog: { layers: ['model'], packages: /^$/ },
  simulate: { layers: ['model'], packages: /^$/ },
  exercises: { layers: ['model', 'validate', 'catalog', 'simulate'], packages: /^$/ },
  store: {
    layers: ['model', 'yaml', 'validate', 'graph', 'catalog', 'simulate', 'exercises'],
    packages: /^zustand(\/|$)/,
  },
  ui: {
    layers: ['store', 'model', 'graph', 'catalog', 'schema', 'simulate', 'exercises'],
    packages:
      /^(react|react-dom|react\/jsx-runtime|@xyflow\/react|zustand|monaco-editor|monaco-yaml|lucide-react|qrcode|virtual:pwa-register)(\/|$)/,
  },
  cli: { layers: ['model', 'yaml', 'validate', 'schema'], packages: /^(node:|tsx)/ },
  testing: { layers: ['model', 'yaml', 'validate'], packages: /^$/ },
};

const SRC = path.dirname(new URL(import.meta.url).pathname);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const full = path.join(folder, entry);
    // Tests and their fixtures are test code: they may reach across layers to set things up.
    if (entry === 'fixtures') return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry) && !/\.test\.tsx?$/.test(entry) && !entry.endsWith('.d.ts') ? [full] : [];
  });
}

interface ImportLine {
  readonly specifier: string;
  readonly typeOnly: boolean;
}

function importsOf(file: string): ImportLine[] {
  const text = readFileSync(file, 'utf8');
  const imports: ImportLine[] = [];
  const pattern = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const match of text.matchAll(pattern)) imports.push({ specifier: match[3]!, typeOnly: Boolean(match[2]) });
  for (const match of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g))
    imports.push({ specifier: match[1]!, typeOnly: false });
  return imports;
}

describe('architecture', () => {
  for (const [layer, rules] of Object.entries(LAYERS)) {
    it(`${layer} imports only what DESIGN.md allows`, () => {
      const violations: string[] = [];
      let folder: string;
      try {
        folder = path.join(SRC, layer);
        statSync(folder);
      } catch {
        return;
      }
      for (const file of sourceFiles(folder)) {
        for (const { specifier, typeOnly } of importsOf(file)) {
          const where = `${path.relative(SRC, file)} imports ${specifier}`;
          if (specifier.startsWith('.')) {
            const target = path.relative(SRC, path.resolve(path.dirname(file), specifier)).split(path.sep)[0]!;
            if (target !== layer && !rules.layers.includes(target)) violations.push(where);
          } else if (!rules.packages.test(specifier) && !(typeOnly && rules.typeOnlyPackages?.test(specifier))) {
            violations.push(where);
          }
        }
      }
      expect(violations).toEqual([]);
    });
  }
});
