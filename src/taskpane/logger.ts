/**
 * The task pane's one logger. Every caught error goes through `log.error`
 * before it is shown, so nothing is swallowed; the sink is the console in
 * Excel and the preview, and can be replaced (tests capture it).
 */
export type LogLevel = 'info' | 'warn' | 'error';
export type LogSink = (level: LogLevel, message: string, detail?: unknown) => void;

const consoleSink: LogSink = (level, message, detail) => {
  const line = `[LBF] ${message}`;
  if (detail === undefined) console[level](line);
  else console[level](line, detail);
};

let sink: LogSink = consoleSink;

/** Replaces where log lines go; returns a function restoring the previous sink. */
export function setLogSink(next: LogSink): () => void {
  const previous = sink;
  sink = next;
  return () => {
    sink = previous;
  };
}

export const log = {
  info: (message: string, detail?: unknown) => sink('info', message, detail),
  warn: (message: string, detail?: unknown) => sink('warn', message, detail),
  error: (message: string, detail?: unknown) => sink('error', message, detail),
};
