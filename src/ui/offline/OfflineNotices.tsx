import { useEffect } from 'react';
import './offlineNotices.css';
import { useServiceWorker } from './useServiceWorker';

/** How long "ready to work offline" stays: long enough to read, then out of the way. */
const OFFLINE_READY_SHOWN_MS = 8_000;

/**
 * What the service worker means for the person: once, after the first visit's download, that the
 * app now works offline; and, when a new version has been deployed, the offer to switch to it.
 * Apart from the action notices so neither replaces the other. Loaded lazily after the first
 * screen: registering the service worker must not weigh on the first chunk.
 */
export default function OfflineNotices() {
  const { offlineReady, updateReady, applyUpdate, postponeUpdate, dismissOfflineReady } = useServiceWorker();
  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(dismissOfflineReady, OFFLINE_READY_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, dismissOfflineReady]);

  if (updateReady)
    return (
      <section className="offline-notice" role="status" aria-label="New version">
        <span>A new version of Pod Designer is ready.</span>
        <button type="button" className="button--primary" onClick={applyUpdate}>
          Reload
        </button>
        <button type="button" onClick={postponeUpdate}>
          Later
        </button>
      </section>
    );
  if (offlineReady)
    return (
      <section className="offline-notice" role="status" aria-label="Offline">
        <span>Ready to work offline: Pod Designer now loads and runs without a network.</span>
        <button type="button" onClick={dismissOfflineReady} aria-label="Dismiss">
          ×
        </button>
      </section>
    );
  return null;
}
