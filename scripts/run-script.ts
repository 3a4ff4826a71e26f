/** Runs a command-line task: a clear one-line error and exit 1 instead of a stack trace. */
export function runScript(task: () => Promise<void>): void {
  task().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
