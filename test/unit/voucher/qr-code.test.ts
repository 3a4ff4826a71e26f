import jsQR from "jsqr";
import { PNG } from "pngjs";
import QRCode from "qrcode";
import { describe, expect, test } from "vitest";
import {
  newId,
  QR_ERROR_CORRECTION_LEVEL,
  QR_VERSION,
  signVoucherCode,
  unixSeconds,
  verifyVoucherCode,
} from "@/lib/voucher";
import { deviceKey } from "./fixtures";

async function freshCode(withGrant: boolean): Promise<string> {
  const { privateKey } = await deviceKey();
  return signVoucherCode(
    {
      voucherId: newId(),
      deviceId: newId(),
      grantId: withGrant ? newId() : undefined,
      issuedAt: unixSeconds(new Date()),
    },
    privateKey,
  );
}

describe.each([
  ["without a grant", false, QR_VERSION.withoutGrant],
  ["with a grant", true, QR_VERSION.withGrant],
])("QR symbol %s", (_label, withGrant, expectedVersion) => {
  test(`needs version ${expectedVersion} (at most 10) at level M, in alphanumeric mode, for every code`, async () => {
    for (let i = 0; i < 50; i++) {
      const text = await freshCode(withGrant);
      const qr = QRCode.create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION_LEVEL });
      expect(qr.version).toBe(expectedVersion);
      expect(qr.version).toBeLessThanOrEqual(10);
      expect(qr.segments.every((segment) => segment.mode.id === "Alphanumeric")).toBe(true);
    }
  });

  test("renders to a PNG that a QR reader decodes to the identical text, which then verifies", async () => {
    const text = await freshCode(withGrant);
    const png = PNG.sync.read(await QRCode.toBuffer(text, { errorCorrectionLevel: QR_ERROR_CORRECTION_LEVEL, scale: 4 }));
    const read = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(read).not.toBeNull();
    expect(read?.data).toBe(text);
    expect(read?.version).toBe(expectedVersion);

    const { publicKey } = await deviceKey();
    const result = await verifyVoucherCode(read?.data ?? "", { now: new Date(), lookupDeviceKey: () => publicKey });
    expect(result.ok).toBe(true);
  });
});
