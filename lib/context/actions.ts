"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { toLocale } from "@/lib/i18n";
import { EASY_MODE_COOKIE, LOCALE_COOKIE, setPreferenceCookie } from "./cookies";

/*
 * The device's preferences, bound by the shared header and the kiosk and terminal screens. Plain
 * form posts, so they work without JavaScript; they change how screens read, never whose data.
 */

/** Remembers the chosen language for a year. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) return;
  await setPreferenceCookie(LOCALE_COOKIE, toLocale(String(formData.get("locale") ?? "")));
}

const easyModeSchema = z.enum(["1", "0"]);

/** Turns easy mode (大字简洁模式) on or off for this device for a year. */
export async function setEasyModeAction(formData: FormData): Promise<void> {
  if (!(formData instanceof FormData)) return;
  const parsed = easyModeSchema.safeParse(formData.get("easy"));
  if (!parsed.success) return;
  await setPreferenceCookie(EASY_MODE_COOKIE, parsed.data);
  revalidatePath("/", "layout");
}
