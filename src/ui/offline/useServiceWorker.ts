/// <reference types="vite-plugin-pwa/vanillajs" />
import { useCallback, useEffect, useRef, useState } from 'react';
import { registerSW } from 'virtual:pwa-register';

/** How often an open tab asks the server whether a new version was deployed (the browser also checks on each load). */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

interface ServiceWorkerState {
  /** The first visit's download is complete: from now on the app loads and runs without a network. */
  readonly offlineReady: boolean;
  /** A new version is installed and waiting; it takes over when `applyUpdate` is called (or every tab has closed). */
  readonly updateReady: boolean;
  /** Lets the waiting version take over; every open tab of the app then reloads into it. */
  applyUpdate(): void;
  /** Hides the offer for this page; it comes back on the next load while the new version is still waiting. */
  postponeUpdate(): void;
  dismissOfflineReady(): void;
}

/**
 * Registers the app's service worker (vite-plugin-pwa's Workbox wrapper, `registerType: 'prompt'`;
 * a no-op on the dev server) and follows it.
 */
export function useServiceWorker(): ServiceWorkerState {
  const [offlineReady, setOfflineReady] = useState(false);
  const [updateReady, setUpdateReady] = useState(false);
  const skipWaiting = useRef<(reloadPage?: boolean) => Promise<void>>(async () => {});

  useEffect(() => {
    let active = true;
    let updateChecks: ReturnType<typeof setInterval> | undefined;
    skipWaiting.current = registerSW({
      onNeedRefresh: () => active && setUpdateReady(true),
      onOfflineReady: () => active && setOfflineReady(true),
      onRegisteredSW: (_url, registration) => {
        if (!registration || !active) return;
        // A workshop tab stays open for hours: look for a new deployment now and then, when online.
        updateChecks = setInterval(() => {
          if (navigator.onLine) registration.update().catch(() => {});
        }, UPDATE_CHECK_INTERVAL_MS);
      },
    });
    return () => {
      active = false;
      clearInterval(updateChecks);
    };
  }, []);

  const applyUpdate = useCallback(() => void skipWaiting.current(true), []);
  const postponeUpdate = useCallback(() => setUpdateReady(false), []);
  const dismissOfflineReady = useCallback(() => setOfflineReady(false), []);
  return { offlineReady, updateReady, applyUpdate, postponeUpdate, dismissOfflineReady };
}
