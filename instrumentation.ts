/**
 * Next.js calls register() once when a server process starts (lib/startup: the logger, the
 * sign-in secret check, the retention purge). NEXT_RUNTIME is Next.js's build-time constant for
 * the bundle being built: the edge bundle of this file is left empty.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServerProcess } = await import("@/lib/startup");
  startServerProcess();
}
