import { route } from "@/lib/context";

/**
 * The code screen reports that it shows a relative's code (`?personId=`): authorised for
 * "show_code" like any use of it, and — for a relative, not one's own code — written to their
 * access log by the wrapper. The code itself is made on the phone, offline if need be; this is
 * only the record, sent when the phone is online.
 */
export const POST = route({ who: "person", scope: "show_code", log: "voucher.shown", where: "api.me.voucher-shown" }, async ({ subject }) => ({
  recorded: subject.via !== "self",
}));
