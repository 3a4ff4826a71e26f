/** The largest figures a request may carry, apart from the schemas so that a browser form can read them without zod. */
import type { Fen } from "./money";

/** Largest single bill line accepted: 5 000 000 yuan (covers the dearest single therapies). */
export const MAX_LINE_FEN: Fen = 500_000_000;
/** Largest bill total accepted: 20 000 000 yuan. */
export const MAX_BILL_FEN: Fen = 2_000_000_000;
/** Largest bill: 1 000 lines. */
export const MAX_LINES = 1_000;
/** Largest year-to-date figure, balance or policy amount accepted: 100 000 000 yuan. */
export const MAX_RUNNING_FEN: Fen = 10_000_000_000;
