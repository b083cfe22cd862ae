/**
 * A download name from a Kubernetes object name: characters a file system may refuse become "-",
 * and an empty name becomes `fallback`.
 * @example exportFileName('web', 'svg') // 'web.svg'
 * @example exportFileName(null, 'yaml', 'manifest') // 'manifest.yaml'
 */
export function exportFileName(name: string | null | undefined, extension: string, fallback = 'pod'): string {
  return `${fileStem(name, fallback)}.${extension}`;
}

/** The part of a download name before its extension. @example fileStem('my app', 'pod') // 'my-app' */
export function fileStem(name: string | null | undefined, fallback: string): string {
  return (name ?? '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || fallback;
}
