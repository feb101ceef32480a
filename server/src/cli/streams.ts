/** Where output goes; a parameter rather than `process.stdout` so formats stay plain functions of their input. */
export interface Streams {
  /** Results: diagnostics, JSON, SARIF. */
  out(text: string): void;
  /** Messages for the person at the terminal: problems, and the summary when stdout holds JSON. */
  err(text: string): void;
}

export const processStreams: Streams = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};
