import {
  EMPTY_SILENCING_CONFIG,
  type IgnoreEntry,
  readSilencingConfig,
  type SilencingConfig,
} from '../../validate/silencing/silencingConfig';
import { parseManifest } from '../../yaml/parseManifest';
import type { GetDesignerState, SetDesignerState } from './sliceTypes';

/**
 * The team's silencing config (`.pod-designer.yaml`, the file the command line reads too) and
 * whether silenced findings are shown. Session state: it belongs to the person's setup, not to
 * the manifest, so it is not undone with it.
 */
export interface SilencingState {
  readonly silencingConfig: SilencingConfig;
  /** Silenced findings are listed (dimmed, with why) instead of only counted. */
  readonly showSilenced: boolean;
}

export interface SilencingActions {
  /** Silences a rule everywhere (an ignore entry of the config, with the reason given). */
  ignoreRuleEverywhere(ruleId: string, reason?: string): void;
  /**
   * Replaces the config by one read from a file's text (and the target Kubernetes version, when it
   * names one); returns what in it was not understood.
   */
  loadSilencingConfig(text: string): readonly string[];
  setShowSilenced(show: boolean): void;
}

export function createSilencingSlice(
  set: SetDesignerState,
  get: GetDesignerState,
  initial: SilencingConfig = EMPTY_SILENCING_CONFIG,
): SilencingState & SilencingActions {
  return {
    silencingConfig: initial,
    showSilenced: false,

    ignoreRuleEverywhere(ruleId, reason) {
      const config = get().silencingConfig;
      const entry: IgnoreEntry = { rules: [ruleId], ...(reason ? { reason } : {}) };
      set({ silencingConfig: { ...config, ignore: [...config.ignore, entry] } });
    },

    loadSilencingConfig(text) {
      const parsed = parseManifest(text);
      if (!parsed.ok) return [`Line ${parsed.error.line}: ${parsed.error.message}`];
      const { config, problems } = readSilencingConfig(parsed.manifest.documents[0] ?? null);
      // The team's config names the cluster version: the app checks against it from now on.
      set({
        silencingConfig: config,
        ...(config.kubernetesVersion ? { kubernetesMinor: config.kubernetesVersion } : {}),
      });
      return problems;
    },

    setShowSilenced(show) {
      set({ showSilenced: show });
    },
  };
}
