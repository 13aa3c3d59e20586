/**
 * Whether the page is being printed: from `beforeprint` to `afterprint` (the browser's print
 * dialog), or while the print medium is emulated (`matchMedia('print')`). What must change in the
 * page's contents, not only its style, for paper reads it (the list prints all its rows).
 */
import { useSyncExternalStore } from 'react';

let printing = false;

function subscribe(onChange: () => void): () => void {
  const before = (): void => {
    printing = true;
    onChange();
  };
  const after = (): void => {
    printing = false;
    onChange();
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;
  media?.addEventListener('change', onChange);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    media?.removeEventListener('change', onChange);
  };
}

function snapshot(): boolean {
  return (
    printing || (typeof window.matchMedia === 'function' && window.matchMedia('print').matches)
  );
}

export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
