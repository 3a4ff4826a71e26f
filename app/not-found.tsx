import Link from "next/link";
import { shellContext } from "@/lib/context";

export default async function NotFound() {
  const { m } = await shellContext();
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">{m.common.notFound}</h1>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">{m.common.backHome}</Link>
    </main>
  );
}
