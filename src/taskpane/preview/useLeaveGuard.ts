import { useEffect } from 'react';

/**
 * Asks before the page is left (reload, close, another address) while
 * `isDirty()` says the workbook holds work not yet downloaded: the preview's
 * workbook lives only in the page.
 */
export function useLeaveGuard(isDirty: () => boolean): void {
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!isDirty()) return;
      e.preventDefault();
      // Older Chromium shows the prompt only when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [isDirty]);
}
