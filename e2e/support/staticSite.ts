import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

/** A folder served over HTTP under a path, as a plain static host (GitHub Pages, nginx) would. */
export interface StaticSite {
  /** The app's address: `http://127.0.0.1:PORT/BASE/`. */
  readonly url: string;
  /** Serves another folder from now on, as a new deployment to the same address does. */
  deploy(folder: string): void;
  /** Stops serving (the network is gone); closing twice is harmless. */
  close(): Promise<void>;
}

/**
 * Serves `folder` at `basePath` on a free port of 127.0.0.1 (a secure context, so service workers
 * run). Like a static host: no fallback page, 404 outside the base path, `/base` redirects to
 * `/base/`, and every response is revalidated (`no-cache`), so a new deployment is seen at once.
 */
export async function serveStaticSite(folder: string, basePath = '/'): Promise<StaticSite> {
  let root = path.resolve(folder);
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (`${pathname}/` === basePath) {
      response.writeHead(301, { location: basePath }).end();
      return;
    }
    if (!pathname.startsWith(basePath)) {
      response.writeHead(404).end();
      return;
    }
    const relative = decodeURIComponent(pathname.slice(basePath.length)) || 'index.html';
    const file = path.resolve(root, relative.endsWith('/') ? `${relative}index.html` : relative);
    const found = file.startsWith(root + path.sep) && (await stat(file).catch(() => null))?.isFile();
    if (!found) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    deploy(next) {
      root = path.resolve(next);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) return resolve();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
