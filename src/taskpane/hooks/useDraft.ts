import { useCallback, useEffect, useRef, useState } from 'react';
import { log } from '../logger';
import { describeError, type UserError } from '../services/errors';
import type { WizardServices } from '../services/types';
import { emptyDraft } from '../state/defaults';
import { registerFlush } from './pendingSaves';
import type { StepIndex, StepKey, WizardDraft } from '../state/types';

/** Typing pauses this long before the draft is written to the workbook. */
const SAVE_DELAY_MS = 600;

export type SaveState = 'idle' | 'saving' | 'saved';

export interface DraftHandle {
  draft: WizardDraft | null;
  loadError: UserError | null;
  saveError: UserError | null;
  saveState: SaveState;
  reload: () => void;
  retrySave: () => Promise<void>;
  update: <K extends StepKey>(key: K, patch: Partial<WizardDraft[K]>) => void;
  goTo: (step: StepIndex) => void;
}

/**
 * The draft as loaded from the workbook, kept in React state and written back
 * after each pause in typing and at once on every step change, so closing the
 * pane loses at most the last {@link SAVE_DELAY_MS} of typing.
 */
export function useDraft(services: WizardServices): DraftHandle {
  const [draft, setDraft] = useState<WizardDraft | null>(null);
  const [loadError, setLoadError] = useState<UserError | null>(null);
  const [saveError, setSaveError] = useState<UserError | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef<WizardDraft | null>(null);
  const pending = useRef(false);

  const load = useCallback(() => {
    setLoadError(null);
    services.loadDraft().then(
      (stored) => {
        latest.current = stored ?? emptyDraft();
        setDraft(latest.current);
      },
      (e: unknown) => {
        log.error('Loading the saved draft failed', e);
        setLoadError(describeError(e));
      },
    );
  }, [services]);
  useEffect(load, [load]);

  const save = useCallback((): Promise<void> => {
    const current = latest.current;
    if (!current) return Promise.resolve();
    setSaveState('saving');
    return services.saveDraft(current).then(
      () => {
        setSaveError(null);
        setSaveState('saved');
      },
      (e: unknown) => {
        log.error('Saving the draft failed', e);
        setSaveError(describeError(e));
        setSaveState('idle');
      },
    );
  }, [services]);

  const schedule = useCallback(
    (next: WizardDraft, now: boolean) => {
      latest.current = next;
      clearTimeout(timer.current);
      pending.current = true;
      const run = () => {
        pending.current = false;
        void save();
      };
      if (now) run();
      else timer.current = setTimeout(run, SAVE_DELAY_MS);
    },
    [save],
  );
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    const flush = async () => {
      if (!pending.current) return;
      clearTimeout(timer.current);
      pending.current = false;
      await save();
    };
    // Closing the pane hides the page first: start the pending save while it still can run.
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', onHide);
    const unregister = registerFlush(flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      unregister();
    };
  }, [save]);

  const apply = useCallback(
    (change: (d: WizardDraft) => WizardDraft, now: boolean) => {
      if (!latest.current) return;
      const next = change(latest.current);
      setDraft(next);
      schedule(next, now);
    },
    [schedule],
  );

  const update = useCallback(
    <K extends StepKey>(key: K, patch: Partial<WizardDraft[K]>) => {
      apply((d) => ({ ...d, [key]: { ...d[key], ...patch } }), false);
    },
    [apply],
  );

  const goTo = useCallback((step: StepIndex) => apply((d) => ({ ...d, step }), true), [apply]);

  return { draft, loadError, saveError, saveState, reload: load, retrySave: save, update, goTo };
}
