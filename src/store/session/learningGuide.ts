import type { Exercise } from '../../catalog/exercises';
import type { PodTemplate } from '../../catalog/templates';

/** Which tab the templates-and-exercises dialog shows. */
export type GalleryTab = 'templates' | 'exercises';

/** What the guide above the canvas explains: the opened template, or the exercise being worked on. */
export type LearningGuide =
  | { readonly kind: 'template'; readonly template: PodTemplate }
  | { readonly kind: 'exercise'; readonly exercise: Exercise };
