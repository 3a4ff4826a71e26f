import { defineMessages } from "../define";

export const home = defineMessages({
  zh: {
    title: "我的医保",
    greeting: "{name}，您好",
    insurance: "参保类型",
    region: "参保地",
    showCode: "出示医保码",
    showCodeHint: "在药店或医院柜台扫码结算",
    noEnrolment: "没有找到您的参保记录。请联系参保地医保经办机构。",
    insuranceType: {
      employee_active: "职工医保（在职）",
      employee_retired: "职工医保（退休）",
      resident: "城乡居民医保",
    },
  },
  en: {
    title: "My medical insurance",
    greeting: "Hello, {name}",
    insurance: "Insurance",
    region: "Insured in",
    showCode: "Show my code",
    showCodeHint: "Scan at a pharmacy or hospital counter to settle",
    noEnrolment: "No enrolment was found for you. Please contact your region's medical-insurance office.",
    insuranceType: {
      employee_active: "Employee insurance (in service)",
      employee_retired: "Employee insurance (retired)",
      resident: "Urban-rural resident insurance",
    },
  },
});
