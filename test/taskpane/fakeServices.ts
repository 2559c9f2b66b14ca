/**
 * Test doubles for the wizard: services that answer from memory, and a
 * render helper that mounts the whole pane on them.
 */
import { render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { App } from '../../src/taskpane/components/App';
import { setLogSink, type LogLevel } from '../../src/taskpane/logger';
import type { WizardServices } from '../../src/taskpane/services/types';
import { emptyDraft } from '../../src/taskpane/state/defaults';
import type { StepIndex, WizardDraft } from '../../src/taskpane/state/types';

/** Fluent's MessageBar measures itself; jsdom has no ResizeObserver. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(globalThis, { ResizeObserver: NoResizeObserver });

export interface Logged {
  level: LogLevel;
  message: string;
}

/** Captures the pane's log lines (the test setup fails on any console output). */
export function captureLog(): Logged[] {
  const lines: Logged[] = [];
  let restore = () => {};
  beforeEach(() => {
    lines.length = 0;
    restore = setLogSink((level, message) => lines.push({ level, message }));
  });
  afterEach(() => restore());
  return lines;
}

export function fakeServices(
  overrides: Partial<WizardServices> = {},
  draft?: WizardDraft,
): WizardServices {
  let saved: WizardDraft | null = draft ?? null;
  return {
    loadDraft: jest.fn(async () => saved),
    saveDraft: jest.fn(async (d: WizardDraft) => {
      saved = d;
    }),
    getSelection: jest.fn(async () => "'Ticket Baseline'!F4:F8"),
    mapRange: jest.fn(async (kind, address) => ({ address, name: `LBF_${kind}` })),
    writeBaseline: jest.fn(async () => ({ sheet: 'LBF Baseline', rowsRead: 10, quality: [] })),
    createParameterTable: jest.fn(async () => ({
      address: "'LBF Parameters'!A1:H50",
      name: 'LBF_Params',
    })),
    checkInputs: jest.fn(async () => ({ rows: 30, issues: [] })),
    writeScenarios: jest.fn(async () => ({ sheet: 'LBF Scenarios' })),
    runConfidence: jest.fn(async () => []),
    tradeoff: jest.fn(async () => ({ points: [], recommended: null, flip: null })),
    publish: jest.fn(async () => ({
      version: 1,
      sheet: 'LBF Decision Log',
      at: '2025-01-01T00:00:00.000Z',
    })),
    checkTriggers: jest.fn(async () => []),
    goTo: jest.fn(async () => undefined),
    metrics: () => [
      { name: 'backlog_end', label: 'backlog_end (tickets)' },
      { name: 'frt_hours', label: 'frt_hours (hours)' },
    ],
    ...overrides,
  };
}

/** A draft at `step` with `patch` applied to it. */
export function draftAt(step: StepIndex, patch: Partial<WizardDraft> = {}): WizardDraft {
  return { ...emptyDraft(), ...patch, step };
}

/** Mounts the pane and waits until the saved step shows. */
export async function renderPane(services: WizardServices, step: number): Promise<void> {
  render(createElement(App, { services, theme: 'light' }));
  await screen.findByText(`Step ${step} of 7`);
}
