/**
 * Performance marks of the code screen. The time-to-code measurement (end-to-end test and
 * bench) reads this mark's startTime: milliseconds from navigation start to the frame in
 * which the first QR symbol is drawn.
 */
export const QR_DRAWN_MARK = "voucher-qr-drawn";
