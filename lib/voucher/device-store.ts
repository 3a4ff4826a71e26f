/**
 * What the phone keeps to make codes offline, in IndexedDB: the non-extractable private
 * key (stored as a CryptoKey by structured clone, so its bytes are never exposed to script)
 * and the few facts the code screen shows. Browser-only, so it is not exported from
 * lib/voucher/index.ts, which stays runnable on the server.
 */

/** A relative's code this device may show under a "show code" grant. */
export interface StoredGrant {
  grantId: string;
  /** Whose code (records stored before it was kept lack it until the next online check). */
  personId?: string;
  voucherId: string;
  maskedName: string;
}

export interface StoredDevice {
  deviceId: string;
  /** The account that set the device up; a different account signing in replaces the record. */
  userId: string;
  /** Null for an account with no insurance of its own (it may still show relatives' codes). */
  voucherId: string | null;
  maskedName: string | null;
  /** ISO time of set-up. */
  setUpAt: string;
  privateKey: CryptoKey;
  grants: StoredGrant[];
}

const DB_NAME = "yibao-pass";
const STORE = "device";
const RECORD_KEY = "current";

export function deviceStoreSupported(): boolean {
  return typeof indexedDB !== "undefined" && typeof crypto !== "undefined" && typeof crypto.subtle !== "undefined";
}

function openStore(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB open failed"));
    request.onblocked = () => reject(new Error("IndexedDB open blocked"));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await openStore();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      // Resolve on commit, not on the request, so a write is durable when the promise settles.
      tx.oncomplete = () => resolve(request.result as T);
      tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
      tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
    });
  } finally {
    db.close();
  }
}

function isStoredDevice(value: unknown): value is StoredDevice {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<StoredDevice>;
  return typeof v.deviceId === "string" && typeof v.userId === "string" && v.privateKey instanceof CryptoKey && Array.isArray(v.grants);
}

/** The stored device, or null when the phone has none (or the record is from an older shape). */
export async function loadDevice(): Promise<StoredDevice | null> {
  if (!deviceStoreSupported()) return null;
  const value = await run<unknown>("readonly", (store) => store.get(RECORD_KEY));
  return isStoredDevice(value) ? value : null;
}

export async function saveDevice(device: StoredDevice): Promise<void> {
  await run("readwrite", (store) => store.put(device, RECORD_KEY));
}

/** Forgets the key and everything else; used on sign-out, revocation and account change. */
export async function clearDevice(): Promise<void> {
  if (!deviceStoreSupported()) return;
  await run("readwrite", (store) => store.delete(RECORD_KEY));
}
