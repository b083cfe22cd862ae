import type { Exercise } from '../../catalog/exercises';
import type { DocumentSnapshot } from '../documentSnapshot';
import type { GalleryTab } from './learningGuide';

/** The modal dialog on screen (one at a time), with what it needs to show. */
export type OpenDialog =
  | { readonly kind: 'gallery'; readonly tab: GalleryTab }
  | { readonly kind: 'commandPalette' }
  /** The browser refused the clipboard: the share link is shown to copy by hand. */
  | { readonly kind: 'shareLink'; readonly link: string }
  /** An exercise link would replace the user's design: ask first. */
  | { readonly kind: 'replaceWithExercise'; readonly exercise: Exercise }
  /** A share link would replace the user's design: ask first. */
  | { readonly kind: 'replaceWithSharedDesign'; readonly design: DocumentSnapshot };
