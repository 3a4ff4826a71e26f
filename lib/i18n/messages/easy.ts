import { defineMessages } from "../define";

export const easy = defineMessages({
  zh: {
    toggleOn: "大字模式",
    toggleOff: "标准模式",
    toggleLabel: "切换大字简洁模式",
    on: "大字模式已开启",
    homeHeading: "您想做什么？",
    showCode: "看病买药：出示医保码",
    showCodeHint: "给收银员扫一下就能用医保付钱",
    coverage: "我的医保能报多少",
    coverageHint: "看看今年还能报销多少钱",
    estimate: "算一算要花多少钱",
    estimateHint: "看病前先算一算自己要付多少",
    moreHint: "想看更多功能，可以点上面的“标准模式”。",
  },
  en: {
    toggleOn: "Easy mode",
    toggleOff: "Standard mode",
    toggleLabel: "Switch easy mode with large text",
    on: "Easy mode is on",
    homeHeading: "What would you like to do?",
    showCode: "Show my insurance code",
    showCodeHint: "Let the cashier scan it to pay with your insurance",
    coverage: "What my insurance pays",
    coverageHint: "See how much is still covered this year",
    estimate: "Work out what I will pay",
    estimateHint: "Before a visit, see what you will pay yourself",
    moreHint: "For everything else, tap “Standard mode” above.",
  },
});
