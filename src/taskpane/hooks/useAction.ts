import { useCallback, useRef, useState } from 'react';
import { log } from '../logger';
import { describeError, type UserError } from '../services/errors';

export interface Action<A extends unknown[]> {
  run: (...args: A) => Promise<void>;
  busy: boolean;
  error: UserError | null;
  /** Runs the last call again with the same arguments. */
  retry: () => void;
  dismiss: () => void;
}

/**
 * Wraps one service call for a button: busy while it runs, the error kept
 * (and logged) for an ErrorNotice with Retry, the result handed to `onDone`.
 */
export function useAction<A extends unknown[], R>(
  label: string,
  call: (...args: A) => Promise<R>,
  onDone: (result: R) => void,
  /** Clears what an earlier success showed: a result must not stand under a later error. */
  onFail?: () => void,
): Action<A> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UserError | null>(null);
  const last = useRef<A | null>(null);
  // State updates land after the event; a second click of a double-click must
  // see the first one running now, not on the next render.
  const running = useRef(false);

  const run = useCallback(
    async (...args: A) => {
      if (running.current) return;
      running.current = true;
      last.current = args;
      setBusy(true);
      setError(null);
      try {
        onDone(await call(...args));
      } catch (e) {
        const described = describeError(e);
        // A problem with what was typed is the analyst's to fix, not a fault: a warning.
        if (described.kind === 'input') log.warn(`${label}: ${described.message}`);
        else log.error(`${label} failed`, e);
        setError(described);
        onFail?.();
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [label, call, onDone, onFail],
  );

  const retry = useCallback(() => {
    if (last.current) void run(...last.current);
  }, [run]);
  const dismiss = useCallback(() => setError(null), []);
  return { run, busy, error, retry, dismiss };
}
