// Parameters and units (MODEL.md section 3): catalogue, table parser, scenario.
export { PARAMETERS, PARAMETER_BY_NAME, rangeText } from './catalogue';
export type { ParameterDef, ParameterKind, Period, TimeUnit } from './catalogue';
export { parseParameterTable } from './parseTable';
export type { ParameterRow, ParameterTable, ParseTableOptions } from './parseTable';
export { scenarioFromTable, scenarioSchema } from './scenario';
export type { Routing, Scenario } from './scenario';
export { parseOverrides, flattenCells } from './overrides';
export { unitConverter, periodsPerWeek } from './units';
export type { UnitContext } from './units';
export { nearestName, normalizeName } from './suggest';
export { cellErrorText, readCellText } from './cells';
export { SHARED_ACROSS_OPTIONS, sharedReason } from './shared';
