import { useEffect, useId, useRef, type ReactNode } from 'react';
import './modalDialog.css';

interface ModalDialogProps {
  readonly title: string;
  /** Escape or the dialog's close: the same as the safe choice. */
  readonly onCancel: () => void;
  readonly children: ReactNode;
  /** Buttons of the dialog, the safe choice first. */
  readonly actions: ReactNode;
}

/**
 * A modal dialog on the native `<dialog>` element: focus moves into it and stays there, Escape
 * cancels, and the page behind is inert for keyboards and screen readers.
 */
export function ModalDialog({ title, onCancel, children, actions }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="modal-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="modal-dialog__title">
        {title}
      </h2>
      <div className="modal-dialog__body">{children}</div>
      <div className="modal-dialog__actions">{actions}</div>
    </dialog>
  );
}
