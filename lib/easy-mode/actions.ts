"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { EASY_MODE_COOKIE } from "./setting";

const easyModeSchema = z.enum(["1", "0"]);

/** Turns easy mode on or off for this device for a year. Works as a plain form post without JavaScript. */
export async function setEasyModeAction(formData: FormData): Promise<void> {
  const parsed = easyModeSchema.safeParse(formData.get("easy"));
  if (!parsed.success) return;
  (await cookies()).set(EASY_MODE_COOKIE, parsed.data, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax", httpOnly: false });
  revalidatePath("/", "layout");
}
