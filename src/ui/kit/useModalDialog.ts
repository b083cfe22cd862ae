import { useEffect, useRef } from 'react';

/**
 * Shows a `<dialog>` as a modal while it is mounted: the browser traps focus inside, Escape closes
 * it, and focus returns to where it was when it closes.
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (previouslyFocused?.isConnected) previouslyFocused.focus();
    };
  }, []);
  return ref;
}
