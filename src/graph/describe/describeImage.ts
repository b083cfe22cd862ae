import { imagePinning, parseImageReference } from '../../model/imageReference';

/** An image as a container node shows it: repository, the tag apart, and a warning in words. */
export interface ImageSummary {
  readonly repository: string;
  /** The tag (`1.27`), highlighted; null when there is none. */
  readonly tag: string | null;
  /** A shortened digest (`sha256:4f1c2a9b…`) when the image is pinned by digest. */
  readonly digest: string | null;
  /**
   * Why the image is not pinned, as text shown in a chip (never colour alone): `untagged`
   * (Kubernetes pulls `latest`) or `latest` (whatever was pushed last); null when pinned.
   */
  readonly warning: 'untagged' | 'latest' | null;
}

/** @example describeImage('nginx') // { repository: 'nginx', tag: null, digest: null, warning: 'untagged' } */
export function describeImage(image: string): ImageSummary {
  const reference = parseImageReference(image);
  const pinning = imagePinning(image);
  return {
    repository: reference.repository,
    tag: reference.tag,
    digest: reference.digest ? `${reference.digest.slice(0, 15)}…` : null,
    warning: pinning === 'none' ? 'untagged' : pinning === 'latest' ? 'latest' : null,
  };
}
