import { formatKubernetesVersion } from '../../model/kubernetesVersion';
import type { DesignerStore, InitialSession } from '../designerStore';
import { sanitizeKubernetesMinor } from './kubernetesTargetSlice';
import { defaultWorkspaceLayout, sanitizeWorkspaceLayout } from './workspaceLayout';

/** Where the workspace layout is remembered (every tab of this browser shares it). */
const LAYOUT_STORAGE_KEY = 'pod-designer:layout:v1';
/** Where the target Kubernetes version is remembered (every tab: it is the person's cluster). */
const KUBERNETES_VERSION_STORAGE_KEY = 'pod-designer:kubernetes-version:v1';
/** Where this browser tab remembers the exercise it works on (a tab of its own starts afresh). */
export const EXERCISE_STORAGE_KEY = 'pod-designer:exercise-in-progress';

type Reading = Pick<Storage, 'getItem'>;
type Writing = Pick<Storage, 'setItem' | 'removeItem'>;

function read(storage: Reading, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * The session state an earlier visit left: the layout and the target Kubernetes version (any tab)
 * and the exercise in progress (this tab).
 */
export function loadSavedSession(layoutStorage: Reading, tabStorage: Reading, windowWidth: number): InitialSession {
  const fallback = defaultWorkspaceLayout(windowWidth);
  let saved: unknown = null;
  try {
    saved = JSON.parse(read(layoutStorage, LAYOUT_STORAGE_KEY) ?? 'null');
  } catch {
    saved = null;
  }
  const kubernetesMinor = sanitizeKubernetesMinor(read(layoutStorage, KUBERNETES_VERSION_STORAGE_KEY));
  return {
    layout: sanitizeWorkspaceLayout(saved, fallback),
    exerciseInProgress: read(tabStorage, EXERCISE_STORAGE_KEY),
    ...(kubernetesMinor ? { kubernetesMinor } : {}),
  };
}

/**
 * Remembers the layout (coalesced to one write per `delayMs`, a splitter drag writes once) and the
 * exercise in progress. Storage that is full or disabled only means the next visit starts afresh.
 */
export function startSessionPersistence(
  store: DesignerStore,
  layoutStorage: Writing,
  tabStorage: Writing,
  delayMs = 150,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const writeLayout = (): void => {
    timer = null;
    try {
      layoutStorage.setItem(LAYOUT_STORAGE_KEY, JSON.stringify(store.getState().layout));
    } catch {
      // Not remembered: the next visit opens with the default layout.
    }
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.layout !== previous.layout && !timer) timer = setTimeout(writeLayout, delayMs);
    if (state.kubernetesMinor !== previous.kubernetesMinor) {
      try {
        layoutStorage.setItem(KUBERNETES_VERSION_STORAGE_KEY, formatKubernetesVersion(state.kubernetesMinor));
      } catch {
        // Not remembered: the next visit checks against the default version.
      }
    }
    if (state.exerciseInProgress !== previous.exerciseInProgress) {
      try {
        if (state.exerciseInProgress === null) tabStorage.removeItem(EXERCISE_STORAGE_KEY);
        else tabStorage.setItem(EXERCISE_STORAGE_KEY, state.exerciseInProgress);
      } catch {
        // Storage disabled: a reload then asks before replacing, which is safe.
      }
    }
  });
  return () => {
    if (timer) {
      clearTimeout(timer);
      writeLayout();
    }
    unsubscribe();
  };
}
