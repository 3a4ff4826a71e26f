/** The browsers that hold a code-signing key for an account: set up, listed, revoked. */
import "server-only";
export * from "./devices";
export { loadDevicePublicKey } from "./key-cache";
export { nodeCodeCrypto } from "./code-crypto";
export * from "./schemas";
