import type { ContainerRole } from '../../model/containers';

/**
 * One checked step of an exercise's goal, checked live by src/exercises/steps/ against the design
 * and the validator's findings. Every goal also ends with two steps of its own: the validator
 * reports no errors, and the lifecycle simulation (told what the images do) runs the pod.
 */
export type ExerciseStepCheck =
  /** The validator no longer reports this rule for the designed workload. */
  | { readonly kind: 'rule-silent'; readonly rule: string }
  /** The workload passes this Pod Security Standards level. */
  | { readonly kind: 'pod-security-level'; readonly level: 'baseline' | 'restricted' }
  /** The container has this probe and it asks for something the image answers (see `ImageFacts`). */
  | {
      readonly kind: 'probe-works';
      readonly container: string;
      readonly probe: 'readinessProbe' | 'livenessProbe' | 'startupProbe';
    }
  /**
   * A volume is mounted in an app container and in a second running container whose command
   * tails a file under its mount of that volume.
   */
  | { readonly kind: 'shared-tailed-volume' }
  /** One volume of this source type is mounted in every one of these containers. */
  | { readonly kind: 'shared-volume'; readonly containers: readonly string[]; readonly source: string }
  /** The container exists and has this role (a native sidecar is `sidecar`). */
  | { readonly kind: 'container-role'; readonly container: string; readonly role: ContainerRole }
  /** The container's environment sets this variable (a value or a reference). */
  | { readonly kind: 'env-set'; readonly container: string; readonly name: string }
  /** The container's environment no longer sets this variable. */
  | { readonly kind: 'env-absent'; readonly container: string; readonly name: string }
  /** A volume of the Secret is mounted in the container where `file` lies (`/etc/secrets/password`). */
  | { readonly kind: 'secret-file'; readonly container: string; readonly secret: string; readonly file: string }
  /** A volume of the ConfigMap is mounted in the container where `file` lies. */
  | { readonly kind: 'config-map-file'; readonly container: string; readonly configMap: string; readonly file: string }
  /** The container still runs an image of this repository (any tag). */
  | { readonly kind: 'image-repository'; readonly container: string; readonly repository: string }
  /** Every volume mounted at or under `mountPath` in the container has this source type. */
  | { readonly kind: 'volume-source'; readonly container: string; readonly mountPath: string; readonly source: string }
  /** The workload is one of these kinds, with at least this many replicas. */
  | { readonly kind: 'workload-kind'; readonly kinds: readonly string[]; readonly minReplicas: number };

/** A step of the goal: what the learner reads in the checklist, and how it is checked. */
export interface ExerciseStep {
  readonly label: string;
  readonly check: ExerciseStepCheck;
}

/**
 * What the exercise tells the learner about an image the app cannot inspect; the goal and the
 * lifecycle simulation both go by it (a probe of a path the image does not serve fails).
 */
export interface ImageFacts {
  /** The image repository these facts are about, without tag: `nginx`, `registry.example.com/shop/api`. */
  readonly repository: string;
  /** The facts in one sentence, as the exercise shows them. */
  readonly summary: string;
  /** The port its server listens on. */
  readonly listensOn?: number;
  /** The HTTP paths it answers with a success status on that port. */
  readonly serves?: readonly string[];
  /** It exits with an error unless these environment variables are set. */
  readonly requiresEnv?: readonly string[];
  /** It must run as root (UID 0): with runAsNonRoot or a non-zero runAsUser it cannot start. */
  readonly needsRoot?: boolean;
}

/**
 * A part of the starting design the learner may not change: a whole container, or only some of
 * its fields (`command`, `image`), so an exercise cannot be "solved" by rewriting what it is about.
 */
export interface LockedPart {
  readonly container: string;
  /** The container's fields that are locked; the whole container when absent. */
  readonly fields?: readonly string[];
}

/** A workshop exercise: a broken or weak design, a goal made of checked steps, hints and a solution. */
export interface Exercise {
  /** Stable id, used in shared links: `#exercise=<id>`. */
  readonly id: string;
  readonly title: string;
  /** The topic in a few words, shown in the instructor view. */
  readonly topic: string;
  /** The goal in one sentence, as the learner reads it. */
  readonly goal: string;
  /** The design the exercise starts from. */
  readonly starterYaml: string;
  /** The goal as a checklist, in the order a learner would go. */
  readonly steps: readonly ExerciseStep[];
  /** Hints, vaguest first: each one gives away a little more. */
  readonly hints: readonly string[];
  /** A worked solution: the starting design, changed as a learner would. */
  readonly solutionYaml: string;
  /** What the images of the design do, where the app cannot know it. */
  readonly images?: readonly ImageFacts[];
  /** The parts locked unless the exercise's link says otherwise (`&lock=`). */
  readonly locked?: readonly LockedPart[];
}
