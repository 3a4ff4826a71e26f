import "server-only";
import { cookies } from "next/headers";
import { EASY_MODE_COOKIE, isEasyValue } from "./setting";

/** Whether this device asked for easy mode. */
export async function isEasyMode(): Promise<boolean> {
  return isEasyValue((await cookies()).get(EASY_MODE_COOKIE)?.value);
}
