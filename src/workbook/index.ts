/** The workbook port, write plans and the helpers both adapters share. */
export * from './values';
export * from './cellText';
export * from './address';
export * from './plan';
export * from './port';
export * from './recordStore';
export * from './validatePlan';
export * from './decisionLog';
export * from './scenarioSheets';
