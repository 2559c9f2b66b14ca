import type { WizardDraft } from './types';

const EMPTY = { address: '' };

/** A fresh draft: what the wizard shows before anything is entered. */
export function emptyDraft(): WizardDraft {
  return {
    format: 1,
    step: 0,
    scope: {
      objective: '',
      question: '',
      teams: '',
      channels: '',
      regions: '',
      horizonWeeks: '26',
      owner: '',
    },
    baseline: {
      mode: 'ranges',
      backlog: EMPTY,
      frt: EMPTY,
      resolution: EMPTY,
      ticketLog: EMPTY,
      callLog: EMPTY,
      frtTargetHours: '8',
      period: 'week',
      source: '',
    },
    inputs: { parameters: EMPTY },
    scenarios: {
      options: [
        // No preset description: a renamed option would keep words that no longer fit it.
        { name: 'A', description: '', overrides: '' },
        { name: 'B', description: '', overrides: '' },
      ],
      confidence: { metric: 'backlog_end', comparison: '<=', threshold: '', draws: '1000' },
    },
    decide: {
      qualityWeight: 0.5,
      budgetCapPerWeek: '',
      minFrtAttainment: '',
      selected: '',
      rationale: '',
    },
    approvals: {
      approvers: [{ name: '', role: '', status: 'pending', date: '', comment: '' }],
      constraints: '',
      dependencies: '',
      risks: [{ risk: '', mitigation: '' }],
    },
    publish: {
      cadence: 'fortnightly',
      nextReview: '',
      triggers: [],
      evidence: [],
      author: '',
      summary: '',
      actuals: EMPTY,
    },
  };
}

/**
 * Fills in whatever a stored draft lacks (an older format, a hand-edited
 * sheet): every section falls back to its default, field by field.
 */
export function mergeDraft(stored: Partial<WizardDraft>): WizardDraft {
  const base = emptyDraft();
  const out = { ...base } as Record<string, unknown>;
  for (const key of Object.keys(base) as (keyof WizardDraft)[]) {
    const value = stored[key];
    const fallback = base[key];
    if (value === undefined || value === null) continue;
    const bothObjects = typeof fallback === 'object' && typeof value === 'object';
    out[key] = bothObjects ? { ...(fallback as object), ...(value as object) } : value;
  }
  return out as unknown as WizardDraft;
}
