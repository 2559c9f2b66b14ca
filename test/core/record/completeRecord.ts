/**
 * A complete, clean decision record used by the record, render and adapter
 * tests: every section filled, no pitfall triggered. Numbers are illustrative
 * (a 12-person support team choosing between three staffing options).
 */
import type { RecordContent } from '../../../src/core/record/sections';

export function completeContent(): RecordContent {
  return {
    objective: {
      objective: 'Bring first response under 8 business hours without exceeding budget',
      decisionQuestion: 'Which staffing option should run from Q3?',
    },
    scope: {
      teams: ['EMEA Tier 1', 'Tier 2'],
      channels: ['email', 'chat'],
      regions: ['EMEA'],
      horizonWeeks: 4,
    },
    metrics: [
      {
        metric: 'backlog_end',
        label: 'Ticket backlog',
        baseline: 640,
        unit: 'tickets',
        period: '2025-01-06 to 2025-03-30',
        source: 'Helpdesk export',
      },
      {
        metric: 'frt_hours',
        label: 'First response time',
        baseline: 11.5,
        unit: 'hours',
        period: '2025-01-06 to 2025-03-30',
        source: 'Helpdesk export',
      },
      {
        metric: 'resolution_rate',
        label: 'Resolution rate',
        baseline: 0.93,
        unit: 'share',
        period: '2025-01-06 to 2025-03-30',
        source: 'Helpdesk export',
      },
    ],
    keyInputs: [
      {
        parameter: 'self_serve_adoption',
        category: 'self_serve',
        value: 0.18,
        unit: 'share',
        low: 0.15,
        high: 0.22,
        owner: 'Dana (Knowledge)',
        source: 'Portal analytics',
        qualityNote: 'Sessions ending without a ticket; bots filtered',
        refreshCadence: 'monthly',
        validated: true,
      },
      {
        parameter: 'inhouse_fte',
        category: 'staffing',
        value: 12,
        unit: 'FTE',
        low: null,
        high: null,
        owner: 'Sam (WFM)',
        source: 'HR roster',
        qualityNote: 'Headcount on 2025-03-31',
        refreshCadence: 'weekly',
        validated: true,
      },
      {
        parameter: 'inhouse_escalation_rate',
        category: 'escalation',
        value: 0.12,
        unit: 'share',
        low: 0.1,
        high: 0.15,
        owner: 'Lee (Tier 2)',
        source: 'Helpdesk export',
        qualityNote: 'Tickets with a Tier 2 assignment',
        refreshCadence: 'monthly',
        validated: true,
      },
    ],
    assumptions: {
      assumptions: [{ statement: 'Ticket volume grows 0.5 % per week', owner: 'Sam (WFM)' }],
      dataOwners: [{ dataset: 'Helpdesk export', owner: 'Ops analytics' }],
      qualityGaps: [
        {
          dataset: 'Helpdesk export',
          gap: 'Merged tickets keep their first date',
          impact: 'FRT slightly overstated',
          plannedFix: 'Exclude merged tickets from Q3',
        },
      ],
    },
    scenarios: {
      ranges: [
        { parameter: 'tickets_per_week', low: 1100, base: 1250, high: 1500, unit: 'tickets' },
      ],
      triggerPoints: [
        {
          parameter: 'tickets_per_week',
          value: 1400,
          unit: 'tickets',
          meaning: 'Option A no longer clears the backlog',
        },
      ],
    },
    options: [
      {
        id: 'A',
        name: 'Status quo',
        description: 'Keep 12 in-house FTE',
        overrides: [],
        metrics: [
          { metric: 'cost_per_week', value: 18_000, unit: 'money per week' },
          { metric: 'quality_index', value: 61.5, unit: 'index' },
          { metric: 'frt_hours', value: 11.2, unit: 'hours' },
        ],
        backlogByWeek: [660, 680, 700, 720],
        costEfficiency: 'Cheapest',
        serviceQuality: 'Misses the FRT target',
      },
      {
        id: 'B',
        name: 'Add BPO',
        description: 'Outsource 30 % of Tier 1 tickets',
        overrides: [{ parameter: 'outsourced_fte', value: 4, unit: 'FTE' }],
        metrics: [
          { metric: 'cost_per_week', value: 21_500, unit: 'money per week' },
          { metric: 'quality_index', value: 84, unit: 'index' },
          { metric: 'frt_hours', value: 6.8, unit: 'hours' },
        ],
        backlogByWeek: [600, 520, 450, 400],
        costEfficiency: '19 % dearer than A',
        serviceQuality: 'Meets every target',
      },
      {
        id: 'C',
        name: 'Self-serve push',
        description: 'Raise adoption to 30 %',
        overrides: [{ parameter: 'self_serve_target', value: 0.3, unit: 'share' }],
        metrics: [
          { metric: 'cost_per_week', value: 19_200, unit: 'money per week' },
          { metric: 'quality_index', value: 72, unit: 'index' },
          { metric: 'frt_hours', value: 8.9, unit: 'hours' },
        ],
        backlogByWeek: [640, 610, 570, 540],
        costEfficiency: '7 % dearer than A',
        serviceQuality: 'Close to the FRT target',
      },
    ],
    governance: {
      constraints: [{ description: 'Weekly cost at most 22,000', kind: 'hard' }],
      dependencies: [{ description: 'BPO contract signed by June', owner: 'Procurement' }],
      approvals: [
        {
          approver: 'Alex Kim',
          role: 'Head of Support',
          status: 'approved',
          date: '2025-04-02',
          comment: 'Go with B',
        },
      ],
    },
    risks: {
      risks: [
        {
          risk: 'BPO ramp slower than planned',
          likelihood: 'medium',
          impact: 'high',
          mitigation: 'Keep overtime budget for 6 weeks',
          owner: 'Sam (WFM)',
        },
      ],
      monitoringCadence: 'weekly',
      nextReviewDate: '2025-05-05',
    },
    decision: {
      qualityWeight: 0.6,
      qualityWeightRationale: '',
      switchingQualityWeight: 0.35,
      hardConstraints: [
        { metric: 'cost_per_week', comparison: '<=', threshold: 22_000, unit: 'money per week' },
      ],
      recommendation: 'Option B',
      selectedOptionId: 'B',
      rationale: 'Only option meeting the FRT target within budget',
    },
    ownership: {
      owner: 'Alex Kim',
      checkpoints: [{ date: '2025-06-30', milestone: 'BPO live', done: false }],
      reviewTriggers: [
        {
          metric: 'frt_hours',
          comparison: '>',
          threshold: 8,
          unit: 'hours',
          action: 'Review the outsourcing split',
        },
      ],
    },
    evidence: [
      {
        source: 'Helpdesk export',
        shows: 'Weekly inbound and backlog',
        date: '2025-03-31',
        location: "'Ticket log'!A1:F5200",
      },
    ],
    model: {
      addinVersion: '0.1.0',
      liveQueueModel: 'erlangC',
      serviceLevelDefinition: 'Share of offered chats answered within 60 seconds',
      units: 'time in hours, shares 0-1, money per week in the workbook currency',
    },
  };
}
