/**
 * A modal dialog on the native <dialog>: focus stays inside, Escape closes it (the browser's own
 * "cancel"), and focus returns to the button that opened it.
 */
import { useEffect, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  testId?: string;
}

export function Dialog({ title, onClose, children, className, testId }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    // showModal focuses the first button (often "Tutup"); the seller wants to start typing instead.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-label={title}
      data-testid={testId}
      onCancel={(e) => {
        // Escape: let React unmount us instead of the browser closing the element behind React's back.
        e.preventDefault();
        onCloseRef.current();
      }}
    >
      {children}
    </dialog>
  );
}
