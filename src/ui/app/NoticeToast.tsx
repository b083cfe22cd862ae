import { useEffect } from 'react';
import { useDesigner } from './DesignerStoreContext';

/** A short message about an action (an error it met, or a confirmation). */
export function NoticeToast() {
  const notice = useDesigner((state) => state.notice);
  const dismiss = useDesigner((state) => state.dismissNotice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(dismiss, notice.tone === 'error' ? 8000 : 4000);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  if (!notice) return null;
  return (
    <div className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span aria-hidden="true">{notice.tone === 'error' ? '⚠' : 'ℹ'}</span>
      <span>{notice.text}</span>
      <button type="button" onClick={dismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
