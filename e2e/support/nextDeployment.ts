import { createHash } from 'node:crypto';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A copy of the build as the next release would ship it: index.html changed (it carries
 * `<meta name="deployment" content="next">`), and the service worker's precache list gives
 * index.html its new revision, the MD5 of its content, exactly as Workbox writes it at build time.
 * A byte-different sw.js is what makes browsers install the new version. Written to `folder`.
 */
export async function nextDeployment(build: string, folder: string): Promise<void> {
  await cp(build, folder, { recursive: true });
  const indexFile = path.join(folder, 'index.html');
  const oldIndex = await readFile(indexFile, 'utf8');
  const newIndex = oldIndex.replace('<head>', '<head>\n    <meta name="deployment" content="next" />');
  await writeFile(indexFile, newIndex);

  const serviceWorkerFile = path.join(folder, 'sw.js');
  const serviceWorker = await readFile(serviceWorkerFile, 'utf8');
  const entry = /\{url:"index\.html",revision:"([0-9a-f]{32})"\}/;
  const oldRevision = entry.exec(serviceWorker)?.[1];
  if (oldRevision !== createHash('md5').update(oldIndex).digest('hex'))
    throw new Error('sw.js does not list index.html with the MD5 of its content');
  const newRevision = createHash('md5').update(newIndex).digest('hex');
  await writeFile(serviceWorkerFile, serviceWorker.replace(entry, `{url:"index.html",revision:"${newRevision}"}`));
}
