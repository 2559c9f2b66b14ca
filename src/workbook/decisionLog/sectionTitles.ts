/** Section headings of the decision log, in the framework template's order. */
export const SECTION_TITLES = [
  '1. Objective and decision question',
  '2. Scope and horizon',
  '3. Metrics and baselines',
  '4. Key inputs',
  '5. Baseline assumptions, data owners and data-quality gaps',
  '6. Scenario ranges and trigger points',
  '7. Options',
  '8. Constraints, dependencies and approvals',
  '9. Risks, mitigations and monitoring',
  '10. Decision criteria and recommendation',
  '11. Owner, timeline and review triggers',
  '12. Evidence log and version history',
] as const;
