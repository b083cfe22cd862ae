import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstScreenSize {
  /** Every file the first screen loads before any lazy chunk, with its gzip size in bytes. */
  readonly files: readonly { readonly path: string; readonly gzipBytes: number }[];
  readonly gzipBytes: number;
}

/** `import … from "./x.js"` and `import "./x.js"` of a built chunk; `import("./x.js")` is lazy and left out. */
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{},\s]*?\bfrom\s*)?["']\.\/([^"']+\.js)["']/g;

/**
 * The JS and CSS the production build's first screen loads: the scripts and style sheets
 * index.html names (entry, modulepreload, stylesheet) and every chunk they import statically,
 * gzip-compressed at level 9 as a server would send them. Lazy chunks (dynamic imports) and
 * workers are not counted.
 */
export function firstScreenSize(distDirectory: string): FirstScreenSize {
  const html = readFileSync(join(distDirectory, 'index.html'), 'utf8');
  const named = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map(
    (match) => match[1] ?? '',
  );
  const seen = new Set<string>();
  const queue = [...named];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (seen.has(path)) continue;
    seen.add(path);
    if (!path.endsWith('.js')) continue;
    const directory = path.slice(0, path.lastIndexOf('/') + 1);
    for (const match of readFileSync(join(distDirectory, path), 'utf8').matchAll(STATIC_IMPORT))
      queue.push(directory + match[1]);
  }
  const files = [...seen].map((path) => ({
    path,
    gzipBytes: gzipSync(readFileSync(join(distDirectory, path)), { level: 9 }).length,
  }));
  return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}
