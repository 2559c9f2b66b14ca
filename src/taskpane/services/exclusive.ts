/**
 * Writes that must not overlap: a second Publish while the first is still
 * running would append a second version with the same content (a double-click
 * did). The guard refuses the overlapping call instead of queueing it.
 */
import { S } from '../strings';
import { InputProblem } from './errors';
import type { WizardServices } from './types';

/**
 * Wraps `call` so that while one call is running, another is refused with an
 * InputProblem naming the action (`busyText`).
 */
export function exclusive<A extends unknown[], R>(
  busyText: string,
  call: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  let running = false;
  return async (...args: A) => {
    if (running) throw new InputProblem(S.errors.busy(busyText));
    running = true;
    try {
      return await call(...args);
    } finally {
      running = false;
    }
  };
}

/** The services with every workbook write that appends or adds guarded by `exclusive`. */
export function guardWrites(services: WizardServices): WizardServices {
  return {
    ...services,
    createParameterTable: exclusive('Creating the parameter table', services.createParameterTable),
    writeScenarios: exclusive('Writing the scenarios', services.writeScenarios),
    publish: exclusive('Publishing', services.publish),
    checkTriggers: exclusive('Checking triggers', services.checkTriggers),
  };
}
