/**
 * Next.js calls register() once when a server process starts (lib/startup: the logger, the
 * sign-in secret check, the retention purge).
 */
export async function register(): Promise<void> {
  const { startServerProcess } = await import("@/lib/startup");
  startServerProcess();
}
