import { getServerMessages } from "@/lib/i18n/server";

/** Placeholder blocks in the shape of the entitlements screen while it loads. */
export default async function EntitlementsLoading() {
  const { m } = await getServerMessages();
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-5 px-4 py-6" aria-busy="true">
      <h1 className="text-2xl font-bold">{m.entitlements.title}</h1>
      <p role="status">{m.entitlements.loading}</p>
      <div className="space-y-4" aria-hidden="true">
        {[0, 1, 2].map((i) => (
          <div key={i} className="space-y-3 rounded-2xl border border-slate-200 bg-white p-4">
            <div className="h-5 w-1/2 animate-pulse rounded bg-slate-200" />
            <div className="h-3 w-full animate-pulse rounded-full bg-slate-200" />
            <div className="h-4 w-2/3 animate-pulse rounded bg-slate-200" />
          </div>
        ))}
      </div>
    </main>
  );
}
