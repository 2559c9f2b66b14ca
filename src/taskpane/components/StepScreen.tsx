import type { DraftHandle } from '../hooks/useDraft';
import type { FieldIssues } from '../state/validation';
import type { WizardDraft } from '../state/types';
import { ApprovalsStep } from '../steps/ApprovalsStep';
import { BaselineStep } from '../steps/BaselineStep';
import { DecideStep } from '../steps/DecideStep';
import { InputsStep } from '../steps/InputsStep';
import { PublishStep } from '../steps/PublishStep';
import { ScenariosStep } from '../steps/ScenariosStep';
import { ScopeStep } from '../steps/ScopeStep';

export interface StepScreenProps {
  draft: WizardDraft;
  update: DraftHandle['update'];
  issues: FieldIssues;
  showIssues: boolean;
}

/** The screen of the draft's current step. */
export function StepScreen({ draft, update, issues, showIssues }: StepScreenProps) {
  const common = { issues, showIssues, draft };
  switch (draft.step) {
    case 0:
      return <ScopeStep {...common} value={draft.scope} onChange={(p) => update('scope', p)} />;
    case 1:
      return (
        <BaselineStep {...common} value={draft.baseline} onChange={(p) => update('baseline', p)} />
      );
    case 2:
      return <InputsStep {...common} value={draft.inputs} onChange={(p) => update('inputs', p)} />;
    case 3:
      return (
        <ScenariosStep
          {...common}
          value={draft.scenarios}
          onChange={(p) => update('scenarios', p)}
        />
      );
    case 4:
      return <DecideStep {...common} value={draft.decide} onChange={(p) => update('decide', p)} />;
    case 5:
      return (
        <ApprovalsStep
          {...common}
          value={draft.approvals}
          onChange={(p) => update('approvals', p)}
        />
      );
    default:
      return (
        <PublishStep {...common} value={draft.publish} onChange={(p) => update('publish', p)} />
      );
  }
}
