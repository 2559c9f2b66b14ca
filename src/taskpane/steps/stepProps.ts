import type { FieldIssues } from '../state/validation';
import type { WizardDraft } from '../state/types';

/** What every step screen receives. */
export interface StepProps<K extends keyof WizardDraft> {
  value: WizardDraft[K];
  onChange: (patch: Partial<WizardDraft[K]>) => void;
  /** The step's problems; shown once the analyst has tried to go on. */
  issues: FieldIssues;
  showIssues: boolean;
  /** The whole draft, for steps that need earlier answers. */
  draft: WizardDraft;
}
