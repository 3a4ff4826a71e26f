import { getServerMessages } from "@/lib/i18n/server";

/** Placeholder blocks in the shape of the clinic screen while it loads. */
export default async function ClinicLoading() {
  const { m } = await getServerMessages();
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-5 px-4 py-6" aria-busy="true">
      <h1 className="text-2xl font-bold">{m.clinic.title}</h1>
      <p role="status">{m.clinic.loading}</p>
      <div className="space-y-4" aria-hidden="true">
        <div className="h-48 animate-pulse rounded-2xl bg-slate-200" />
        <div className="h-28 animate-pulse rounded-2xl bg-slate-200" />
        <div className="h-64 animate-pulse rounded-2xl bg-slate-200" />
      </div>
    </main>
  );
}
