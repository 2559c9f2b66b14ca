/**
 * Saves waiting out the typing pause, so that whoever is about to take the
 * workbook away (the preview's Download) can write them first.
 */
type Flush = () => Promise<void>;

const flushes = new Set<Flush>();

/** Registers a pane's flush; returns the function that unregisters it. */
export function registerFlush(flush: Flush): () => void {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

/** Writes every pending draft save now, and waits for them. */
export async function flushPendingSaves(): Promise<void> {
  await Promise.all([...flushes].map((flush) => flush()));
}
