/**
 * What the wizard asks of the workbook and the core. Components see only this
 * interface (through `useServices`); `createServices` implements it on the
 * workbook port, so the same pane runs in Excel (Office.js adapter) and in
 * the browser preview (ExcelJS adapter). Every method may reject: the caller
 * shows the error with a Retry, never a blank pane.
 */
import type {
  BaselineDraft,
  ConfidenceDraft,
  InputsDraft,
  PublishDraft,
  TriggerOutcome,
  WizardDraft,
} from '../state/types';
import type { RangeKind } from '../state/rangeSpecs';

/** A range mapped to a workbook name. */
export interface MappedRange {
  /** Sheet-qualified A1 text, e.g. `Tickets!A1:D400`. */
  address: string;
  /** The workbook name now pointing at it, e.g. `LBF_TicketLog`. */
  name: string;
}

/** One option on the trade-off chart and table. */
export interface TradeoffPoint {
  name: string;
  costPerWeek: number;
  qualityIndex: number;
  score: number | null;
  dominated: boolean;
  /** False when the option fails a hard constraint. */
  feasible: boolean;
}

export interface TradeoffView {
  points: TradeoffPoint[];
  recommended: string | null;
  /** The quality weight at which the recommendation changes, and to what. */
  flip: { weight: number; to: string } | null;
}

export interface ConfidenceProgress {
  done: number;
  total: number;
}

/** A metric the analyst can pick for confidence runs and triggers. */
export interface MetricChoice {
  name: string;
  label: string;
}

export interface WizardServices {
  /** The saved draft, or null in a workbook LBF has not touched. */
  loadDraft(): Promise<WizardDraft | null>;
  saveDraft(draft: WizardDraft): Promise<void>;
  /** The current selection as sheet-qualified A1 text. */
  getSelection(): Promise<string>;
  /** Reads `address`, checks it fits `kind`, names it `LBF_...`; rejects with the reason. */
  mapRange(kind: RangeKind, address: string): Promise<MappedRange>;
  /** Writes the baseline table and data-quality report for the mapped logs. */
  writeBaseline(baseline: BaselineDraft): Promise<NonNullable<BaselineDraft['written']>>;
  /** Writes a parameter table with LBF's defaults; returns its address. */
  createParameterTable(horizonWeeks: number): Promise<MappedRange>;
  /** Parses the parameter table and runs the input pitfall checks. */
  checkInputs(draft: WizardDraft): Promise<NonNullable<InputsDraft['checked']>>;
  /** Writes the scenario table (LBF.SCENARIO formulas), projection and charts. */
  writeScenarios(draft: WizardDraft): Promise<{ sheet: string }>;
  /** Confidence per option, in batches; rejects with an AbortError when cancelled. */
  runConfidence(
    draft: WizardDraft,
    onProgress: (p: ConfidenceProgress) => void,
    signal: AbortSignal,
  ): Promise<NonNullable<ConfidenceDraft['result']>>;
  tradeoff(draft: WizardDraft): Promise<TradeoffView>;
  /** Appends a version to the decision record and renders the decision-log sheet. */
  publish(draft: WizardDraft): Promise<NonNullable<PublishDraft['published']>>;
  /** Evaluates the review triggers against the mapped actuals. */
  checkTriggers(draft: WizardDraft): Promise<TriggerOutcome[]>;
  /** Brings a cell into view (Excel selects it; the preview highlights it). */
  goTo(cell: string): Promise<void>;
  /** Metrics offered in pickers. */
  metrics(): MetricChoice[];
}
