import { z } from "zod";
import { stripScannerLineEnding } from "@/lib/voucher";

/** Body of POST /api/v1/terminal/vouchers/verify, and of the terminal page's verify action. */
export const verifyVoucherRequestSchema = z.object({
  // Bounded here so a huge body is refused before any work; the exact length rules
  // (169 or 193 characters) are the decoder's, which answers `malformed`.
  code: z.string().min(1).max(1000).transform(stripScannerLineEnding),
});

export type VerifyVoucherRequest = z.infer<typeof verifyVoucherRequestSchema>;
