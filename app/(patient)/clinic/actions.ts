"use server";
import { revalidatePath } from "next/cache";
import { authorisePersonAccess } from "@/lib/family/access";
import { requireSessionUser } from "@/lib/auth/current-user";
import { clinicError } from "@/lib/clinic/errors";
import { changeClinicSchema, type ChangeClinicField, type ChangeClinicState } from "@/lib/clinic/schemas";
import { changeClinic } from "@/lib/clinic/change";
import { getDb } from "@/lib/db/client";
import { toUserError } from "@/lib/errors/to-user-error";

/** The confirmed change of the person's own general-outpatient clinic. The rules live in lib/. */
export async function changeClinicAction(_previous: ChangeClinicState, formData: FormData): Promise<ChangeClinicState> {
  const parsed = changeClinicSchema.safeParse({ facilityId: formData.get("facilityId"), confirmed: formData.get("confirmed") });
  if (!parsed.success) {
    const fieldErrors: Partial<Record<ChangeClinicField, "invalid">> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === "facilityId" || field === "confirmed") fieldErrors[field] = "invalid";
    }
    return { ok: false, fieldErrors, formError: null };
  }
  const user = await requireSessionUser();
  try {
    if (!user.personId) throw clinicError("no_person");
    const { db } = await getDb();
    await authorisePersonAccess(db, user, user.personId, "manage_own");
    const result = await changeClinic(db, user.personId, parsed.data.facilityId, new Date());
    revalidatePath("/clinic");
    revalidatePath("/");
    return {
      ok: true,
      data: { facilityId: result.facility.id, name: result.facility.name, nameEn: result.facility.nameEn, validFrom: result.validFrom },
    };
  } catch (error) {
    return { ok: false, fieldErrors: {}, formError: toUserError(error, "clinic.change") };
  }
}
