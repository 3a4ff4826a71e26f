import { DevicesPanel } from "@/components/voucher/devices-panel";
import { page, pageMetadata } from "@/lib/context";
import { listDevices } from "@/lib/devices";
import { formatInstant } from "@/lib/i18n";
import { registerDeviceAction } from "../../../voucher/actions";
import { revokeDeviceAction } from "./actions";

export const generateMetadata = pageMetadata((m) => ({ title: m.devices.title }));

/** The devices that can show the account's code, and the way to remove a lost one. */
export default page({ who: "account" }, async ({ db, locale, m, actor }) => {
  const devices = (await listDevices(db, actor.userId, actor.sessionId)).map((d) => ({
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
      <DevicesPanel userId={actor.userId} devices={devices} revokeAction={revokeDeviceAction} register={registerDeviceAction} m={m.devices} />
    </main>
  );
});
