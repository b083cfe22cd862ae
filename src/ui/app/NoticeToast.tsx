import { useEffect, useState } from 'react';
import { useDesigner } from './DesignerStoreContext';

/**
 * A short message about an action (an error it met, or a confirmation). It goes by itself after
 * a while, but not while the pointer is over it or focus is in it, so it can be read in peace.
 */
export function NoticeToast() {
  const notice = useDesigner((state) => state.notice);
  const dismiss = useDesigner((state) => state.dismissNotice);
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!notice || held) return;
    const timer = setTimeout(dismiss, notice.tone === 'error' ? 10_000 : 6_000);
    return () => clearTimeout(timer);
  }, [notice, held, dismiss]);
  if (!notice) return null;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: pointing at or focusing the notice only holds it on screen.
    <div
      className={`notice notice--${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <span aria-hidden="true">{notice.tone === 'error' ? '⚠' : 'ℹ'}</span>
      <span>{notice.text}</span>
      <button type="button" onClick={dismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
