// The qrcode package's encoder module on its own (qr-path.ts imports it without the renderers);
// it exports the same `create` as the package's main module.
declare module "qrcode/lib/core/qrcode" {
  export { create } from "qrcode";
}
