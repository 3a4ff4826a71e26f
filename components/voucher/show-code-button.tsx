/**
 * The home page's way to the code. A plain link (not client-side navigation), so the code
 * screen always opens from its precached shell, with or without a network.
 */
export function ShowCodeButton({ href, label, hint }: { href: string; label: string; hint: string }) {
  return (
    <a
      href={href}
      className="flex min-h-20 w-full flex-col items-center justify-center rounded-2xl bg-emerald-950 px-5 py-4 text-center text-white shadow hover:bg-black"
    >
      <span className="text-2xl font-bold">{label}</span>
      <span className="mt-1 text-base text-emerald-50">{hint}</span>
    </a>
  );
}
