import type { Metadata } from "next";
import { DevicesPanel } from "@/components/voucher/devices-panel";
import { requireSessionUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/client";
import { listDevices } from "@/lib/devices/devices";
import { formatInstant } from "@/lib/i18n/display";
import { getServerMessages } from "@/lib/i18n/server";
import { revokeDeviceAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getServerMessages();
  return { title: m.devices.title };
}

/** The devices that can show the person's code, and the way to remove a lost one. */
export default async function DevicesPage() {
  const user = await requireSessionUser();
  const { locale, m } = await getServerMessages();
  const { db } = await getDb();
  const devices = (await listDevices(db, user.userId, user.sessionId)).map((d) => ({
    id: d.id,
    label: d.label,
    setUpAt: formatInstant(d.createdAt, locale),
    lastUsedAt: d.lastUsedAt ? formatInstant(d.lastUsedAt, locale) : null,
    revokedAt: d.revokedAt ? formatInstant(d.revokedAt, locale) : null,
    thisSession: d.thisSession,
  }));
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-6">
      <h1 className="text-3xl font-bold">{m.devices.title}</h1>
      <p className="text-lg">{m.devices.intro}</p>
      <DevicesPanel userId={user.userId} devices={devices} revokeAction={revokeDeviceAction} m={m.devices} locale={locale} />
    </main>
  );
}
