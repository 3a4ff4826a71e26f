import { ACTING_FOR_COOKIE, chosenPerson, route } from "@/lib/context";
import { isId } from "@/lib/voucher";

/** A path inside this site (never `//host` or a full URL: no open redirect). */
function localPath(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

/**
 * GET /act-for?for=<person id | self>&next=<path> — remembers whom the account acts for, for the
 * browser session, then opens `next`. Home's switcher and `?for=` links on any screen come here.
 * It remembers a choice, not a permission: every screen authorises the choice again for its own
 * scope (and logs a relative's access), so a person one may not act for is refused there, and an
 * ended grant is refused on the next request. A link from another site is followed without
 * changing the choice, so no site can switch whose data a person is looking at.
 */
export const GET = route({ who: "account", where: "act-for" }, async ({ actor, client }, request) => {
  const url = new URL(request.url);
  const site = request.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") return redirectTo("/");
  const requested = url.searchParams.get("for");
  const person = chosenPerson(requested, actor);
  if (person !== null && !isId(person)) return redirectTo("/");
  const cookie = person === null
    ? `${ACTING_FOR_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${client.secure ? "; Secure" : ""}`
    : `${ACTING_FOR_COOKIE}=${person}; Path=/; HttpOnly; SameSite=Lax${client.secure ? "; Secure" : ""}`;
  return redirectTo(localPath(url.searchParams.get("next")), cookie);
});

function redirectTo(location: string, cookie?: string): Response {
  const headers = new Headers({ Location: location, "Cache-Control": "no-store" });
  if (cookie) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 303, headers });
}
