/** Where the core writes its technical lines (never shown to a clerk): the log file, or a test's list. */
export interface Logger {
  error(message: string, error?: unknown): void;
  info?(message: string): void;
}
