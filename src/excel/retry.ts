/**
 * Excel refuses API calls while the user is typing in a cell
 * (InvalidOperationInCellEditMode). The whole batch is retried after a pause
 * that doubles each time, for about half a minute, then the error is passed on.
 */

export const CELL_EDIT_ERROR = 'InvalidOperationInCellEditMode';
export const RETRY_DELAYS_MS = [250, 500, 1000, 2000, 4000, 8000, 16000];

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** True for Office.js's cell-edit-mode error. */
export function isCellEditError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === CELL_EDIT_ERROR;
}

/**
 * Runs `attempt`, running it again after each delay while it fails in cell-edit
 * mode. Any other error is passed on at once.
 */
export async function retryInCellEditMode<T>(
  attempt: () => Promise<T>,
  sleep: Sleep = realSleep,
  delaysMs = RETRY_DELAYS_MS,
): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (e) {
      if (!isCellEditError(e) || i >= delaysMs.length) throw e;
      await sleep(delaysMs[i]);
    }
  }
}
