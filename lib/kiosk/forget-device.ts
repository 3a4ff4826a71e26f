/**
 * Browser-side: everything a sign-out at a kiosk must leave behind empty. Local and session
 * storage, every IndexedDB database, and every service-worker cache (runtime caches can hold
 * pages that were shown). Cookies that identify the person are httpOnly and are cleared by the
 * server action; the rest of script-visible cookies are expired here too.
 */
export async function forgetEverythingOnThisDevice(): Promise<void> {
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // Storage may be disabled; then it holds nothing either.
  }
  for (const cookie of document.cookie.split(";")) {
    const name = cookie.split("=")[0]?.trim();
    // The language and easy-mode settings belong to the machine, not to a person.
    if (name && name !== "yb_locale" && name !== "yb_easy") document.cookie = `${name}=; Max-Age=0; path=/`;
  }
  if (typeof indexedDB !== "undefined" && "databases" in indexedDB) {
    const databases = await indexedDB.databases();
    await Promise.all(
      databases.map(
        (d) =>
          new Promise<void>((resolve) => {
            if (!d.name) return resolve();
            const request = indexedDB.deleteDatabase(d.name);
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
    );
  }
  if (typeof caches !== "undefined") {
    const names = await caches.keys();
    await Promise.all(names.map((name) => caches.delete(name)));
  }
}
