import type { MetadataRoute } from "next";

/** Installable PWA manifest. Names in Chinese first, with English alongside. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "医保通 Yibao Pass",
    short_name: "医保通",
    description: "医保电子凭证、待遇余额与报销测算 · Medical-insurance e-voucher, entitlements and estimates",
    lang: "zh-CN",
    dir: "ltr",
    start_url: "/?source=pwa",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    background_color: "#f8fafc",
    theme_color: "#065f46",
    categories: ["medical", "health", "finance"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
