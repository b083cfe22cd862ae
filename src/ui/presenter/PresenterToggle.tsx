import { useEffect } from 'react';
import './presenter.css';
import { useDesigner, useDesignerStore } from '../app/DesignerStoreContext';

/**
 * "Presenter mode": for projecting in a workshop — larger type, no YAML editor, the canvas zoomed to
 * what is selected. The state is session state in the designer store (`presenting`), never undone
 * or saved. Escape leaves it (unless a dialog or menu takes the Escape first).
 */
export function PresenterToggle() {
  const store = useDesignerStore();
  const presenting = useDesigner((state) => state.presenting);
  useEffect(() => {
    if (!presenting) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('dialog, [role="menu"]')) return;
      store.getState().setPresenting(false);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [presenting, store]);
  return (
    <button
      type="button"
      aria-pressed={presenting}
      onClick={() => store.getState().setPresenting(!presenting)}
      title={presenting ? 'Leave presenter mode (Escape)' : 'Larger type, no editor, zoom to the selection'}
    >
      Presenter mode
    </button>
  );
}
