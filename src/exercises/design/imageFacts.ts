import type { ImageFacts } from '../../catalog/exercises/exercise';
import { field, type JsonObject } from '../../model/jsonValue';
import { parseImageReference } from '../../model/imageReference';

/** What the exercise says about the image this container runs, if anything. */
export function imageFactsOf(container: JsonObject, images: readonly ImageFacts[]): ImageFacts | undefined {
  const image = field(container, 'image');
  if (typeof image !== 'string') return undefined;
  const { repository } = parseImageReference(image.trim());
  return images.find((facts) => facts.repository === repository);
}
