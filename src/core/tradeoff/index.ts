export {
  brokenConstraints,
  parseConstraint,
  parseConstraints,
  type Constraint,
} from './constraints';
export { dominatedBy, dominates, type CostQuality } from './dominance';
export { bestAt, flipWeights, scoreAt, type Flip, type ScoreLine } from './flipWeight';
export {
  evaluateTradeoff,
  type FlipPoint,
  type Tradeoff,
  type TradeoffOption,
  type TradeoffRow,
} from './tradeoff';
export { readOptions, scenarioTradeoff, type ScenarioOption } from './scenarioOptions';
