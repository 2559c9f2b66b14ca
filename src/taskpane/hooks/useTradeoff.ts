import { useCallback, useEffect, useState } from 'react';
import { log } from '../logger';
import { describeError, type UserError } from '../services/errors';
import type { TradeoffView, WizardServices } from '../services/types';
import type { WizardDraft } from '../state/types';

/** Slider drags fire many changes: recompute after this pause. */
const RECOMPUTE_DELAY_MS = 150;

/**
 * The trade-off for the draft's options, weight and constraints, recomputed
 * when any of them changes; a stale answer never overwrites a newer one.
 */
export function useTradeoff(services: WizardServices, draft: WizardDraft) {
  const [view, setView] = useState<TradeoffView | null>(null);
  const [error, setError] = useState<UserError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { qualityWeight, budgetCapPerWeek, minFrtAttainment } = draft.decide;
  const options = draft.scenarios.options;

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      services.tradeoff(draft).then(
        (v) => {
          if (!current) return;
          setView(v);
          setError(null);
        },
        (e: unknown) => {
          if (!current) return;
          log.error('Computing the trade-off failed', e);
          setError(describeError(e));
        },
      );
    }, RECOMPUTE_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // The draft's other fields do not change the trade-off.
  }, [services, qualityWeight, budgetCapPerWeek, minFrtAttainment, options, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { view, error, retry };
}
