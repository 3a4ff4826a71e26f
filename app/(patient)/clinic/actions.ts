"use server";
import { revalidatePath } from "next/cache";
import { changeClinic, changeClinicSchema } from "@/lib/clinic";
import { action, InvalidInput } from "@/lib/context";

/** The confirmed change of the chosen general-outpatient clinic: the person's own, or a dependant child's. */
export const changeClinicAction = action(
  { who: "person", scope: "manage_own", log: "clinic.change", where: "clinic.change" },
  async ({ db, now, m, subject }, _previous: unknown, formData: FormData) => {
    const parsed = changeClinicSchema.safeParse({ facilityId: formData.get("facilityId"), confirmed: formData.get("confirmed") });
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === "facilityId") fieldErrors.facilityId = m.clinic.errors.invalid;
        if (field === "confirmed") fieldErrors.confirmed = m.clinic.errors.confirm_required;
      }
      throw new InvalidInput(fieldErrors);
    }
    const result = await changeClinic(db, subject.personId, parsed.data.facilityId, now);
    revalidatePath("/clinic");
    revalidatePath("/");
    revalidatePath("/kiosk/clinic");
    return { facilityId: result.facility.id, name: result.facility.name, nameEn: result.facility.nameEn, validFrom: result.validFrom };
  },
);
