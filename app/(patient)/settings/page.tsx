import Link from "next/link";
import { page, pageMetadata } from "@/lib/context";

export const generateMetadata = pageMetadata((m) => ({ title: m.common.settings.title }));

export default page({ who: "account" }, ({ m }) => {
  const s = m.common.settings;
  const items = [
    { href: "/settings/security", title: s.security, hint: s.securityHint },
    { href: "/settings/devices", title: s.devices, hint: s.devicesHint },
  ];
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold">{s.title}</h1>
      <ul className="space-y-3">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="block min-h-12 rounded-2xl border border-slate-200 bg-white p-4 hover:bg-slate-50">
              <span className="block text-lg font-semibold text-brand-700">{item.title}</span>
              <span className="block text-muted">{item.hint}</span>
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
});
