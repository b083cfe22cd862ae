import type { Exercise } from '../../catalog/exercises';
import type { LockedPart } from '../../catalog/exercises/exercise';
import type { MapEntryEdit } from '../../model/operations/setMapEntry';
import type { LabelFollowers } from '../../model/operations/setPodLabelWithServices';
import type { DocumentSnapshot } from '../documentSnapshot';
import type { GalleryTab } from './learningGuide';

/** The modal dialog on screen (one at a time), with what it needs to show. */
export type OpenDialog =
  | { readonly kind: 'gallery'; readonly tab: GalleryTab }
  | { readonly kind: 'commandPalette' }
  /** The browser refused the clipboard: the share link is shown to copy by hand. */
  | { readonly kind: 'shareLink'; readonly link: string }
  /**
   * An exercise link would replace the user's design: ask first. `restart` when the design is
   * the learner's work on this same exercise (the link restores its starting design).
   */
  | {
      readonly kind: 'replaceWithExercise';
      readonly exercise: Exercise;
      readonly restart?: boolean;
      /** The locks the link sets, if it sets any. */
      readonly locks?: readonly LockedPart[];
    }
  /** The exercise's worked solution, as a diff from its starting design. */
  | { readonly kind: 'exerciseSolution'; readonly exercise: Exercise }
  /** Every exercise with its goal and link, for the instructor. */
  | { readonly kind: 'instructorView' }
  /** A printable one-page handout of an exercise. */
  | { readonly kind: 'exerciseHandout'; readonly exercise: Exercise }
  /** "New" during an exercise: ask whether to leave it. */
  | { readonly kind: 'leaveExercise'; readonly exercise: Exercise }
  /** A share link would replace the user's design: ask first. */
  | { readonly kind: 'replaceWithSharedDesign'; readonly design: DocumentSnapshot }
  /**
   * A pod label edit would leave the controller's selector or Services that select the pods through
   * the label behind: ask whether they follow.
   */
  | {
      readonly kind: 'podLabelFollowers';
      readonly edit: MapEntryEdit;
      readonly followers: LabelFollowers;
      /** The kind of the workload whose pods carry the label (Deployment, …). */
      readonly workloadKind: string;
    };
