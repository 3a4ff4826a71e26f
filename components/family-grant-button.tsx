"use client";
import { useActionState } from "react";
import type { ActionResult, ActionState } from "@/lib/context/client";

export type GrantAction = (state: ActionState<{ id: string }>, formData: FormData) => Promise<ActionResult<{ id: string }>>;

/** One button that accepts or ends a grant, with its result announced next to it. */
export function FamilyGrantButton({
  action, grantId, label, done, confirm, tone,
}: { action: GrantAction; grantId: string; label: string; done: string; confirm?: string; tone: "primary" | "danger" }) {
  const [state, formAction, pending] = useActionState<ActionState<{ id: string }>, FormData>(action, null);
  const style = tone === "primary" ? "bg-brand-700 text-white" : "border-2 border-red-700 text-red-700 bg-white";
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
      className="inline-flex flex-col gap-1"
    >
      <input type="hidden" name="grantId" value={grantId} />
      <button type="submit" disabled={pending} className={`min-h-11 rounded-xl px-4 font-semibold disabled:opacity-60 ${style}`}>
        {label}
      </button>
      <span role="status" className="text-sm">
        {state?.ok ? done : null}
        {state && !state.ok && state.formError ? state.formError : null}
      </span>
    </form>
  );
}
