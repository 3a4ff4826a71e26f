import { defineMessages } from "../define";

export const offline = defineMessages({
  zh: {
    title: "现在没有网络",
    body: "联网后才能查看待遇和测算。已在本机设置过的医保码仍可离线出示。",
    showCode: "出示医保码",
    tryAgain: "重新连接",
  },
  en: {
    title: "You are offline",
    body: "Entitlements and estimates need a connection. A code set up on this device can still be shown offline.",
    showCode: "Show my code",
    tryAgain: "Try again",
  },
});
