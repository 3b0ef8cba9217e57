/**
 * The dialog frame every modal shares (picker, import, share, export, satellite list): focus moves in
 * and is kept there, Escape, the close button and a click outside close it, focus goes back to the
 * opener. Its own small module so that a dialog's frame does not pull the scenario picker into the
 * first download.
 */
import {
  useEffect,
  useId,
  useRef,
  type HTMLAttributes,
  type KeyboardEvent as ReactKeyboardEvent,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** A modal dialog frame over a dimmed backdrop, rendered into document.body. */
export function Modal({
  title,
  testId,
  closeTestId,
  onClose,
  className = '',
  children,
  frameProps,
}: {
  title: ReactNode;
  testId: string;
  closeTestId: string;
  onClose: () => void;
  className?: string;
  children: ReactNode;
  /** Extra props of the dialog element (drag-and-drop handlers). */
  frameProps?: HTMLAttributes<HTMLDivElement>;
}) {
  const { t } = useTranslation('library');
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const el = ref.current;
    (el?.querySelector<HTMLElement>('[data-autofocus]') ?? el)?.focus();
    // Capture on window: Escape closes the dialog whatever has focus, before the app's own keys see it.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      closeRef.current();
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      if (opener && opener.isConnected) opener.focus();
    };
  }, []);

  // Keys typed in the dialog are the dialog's (Space must not play/pause the scene); Tab cycles inside.
  const onKeyDown = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    e.stopPropagation();
    if (e.key !== 'Tab' || !ref.current) return;
    const items = Array.from(ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
      (x) => x.offsetParent !== null || x === document.activeElement,
    );
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (e.shiftKey && (document.activeElement === first || document.activeElement === ref.current)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  // A portal: the columns' cards use backdrop-filter, which would trap a fixed backdrop inside them.
  return createPortal(
    <div
      className="lib-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div
        {...frameProps}
        ref={ref}
        className={`lib-dialog ${className}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <header className="lib-head">
          <h2 id={titleId}>{title}</h2>
          <button
            className="icon lib-close"
            data-testid={closeTestId}
            aria-label={t('modal.close')}
            title={t('modal.closeTitle')}
            onClick={onClose}
          >
            ×
          </button>
        </header>
        {children}
      </div>
    </div>,
    document.body,
  );
}
