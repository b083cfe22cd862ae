/**
 * A container image reference split into its parts: `registry:5000/team/app:1.2@sha256:…`.
 * The tag is what follows the last `:` after the last `/`, so a registry port is never a tag.
 */
export interface ImageReference {
  readonly repository: string;
  readonly tag: string | null;
  readonly digest: string | null;
}

export function parseImageReference(image: string): ImageReference {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : null;
  const nameAndTag = at >= 0 ? image.slice(0, at) : image;
  const lastSlash = nameAndTag.lastIndexOf('/');
  const lastColon = nameAndTag.lastIndexOf(':');
  if (lastColon > lastSlash) {
    return { repository: nameAndTag.slice(0, lastColon), tag: nameAndTag.slice(lastColon + 1), digest };
  }
  return { repository: nameAndTag, tag: null, digest };
}

/** How precisely an image is pinned: by digest, by a tag, by `latest`, or not at all. */
export function imagePinning(image: string): 'digest' | 'tag' | 'latest' | 'none' {
  const reference = parseImageReference(image);
  if (reference.digest) return 'digest';
  if (reference.tag === 'latest') return 'latest';
  return reference.tag ? 'tag' : 'none';
}
