import { defineMessages } from "../define";
import { aboutSubject } from "../subject";

export const home = defineMessages({
  zh: {
    title: aboutSubject("我的医保", "{subject}的医保"),
    greeting: aboutSubject("{name}，您好", "{subject}的医保"),
    insurance: "参保类型",
    region: "参保地",
    showCode: aboutSubject("出示医保码", "出示 {subject} 的医保码"),
    showCodeHint: "在药店或医院柜台扫码结算",
    noEnrolment: aboutSubject("没有找到您的参保记录。请联系参保地医保经办机构。", "没有找到 TA 的参保记录。请联系 TA 参保地的医保经办机构。"),
    insuranceType: {
      employee_active: "职工医保（在职）",
      employee_retired: "职工医保（退休）",
      resident: "城乡居民医保",
    },
  },
  en: {
    title: aboutSubject("My medical insurance", "{subject}'s medical insurance"),
    greeting: aboutSubject("Hello, {name}", "{subject}'s medical insurance"),
    insurance: "Insurance",
    region: "Insured in",
    showCode: aboutSubject("Show my code", "Show {subject}'s code"),
    showCodeHint: "Scan at a pharmacy or hospital counter to settle",
    noEnrolment: aboutSubject("No enrolment was found for you. Please contact your region's medical-insurance office.", "No enrolment was found for them. Please contact their region's medical-insurance office."),
    insuranceType: {
      employee_active: "Employee insurance (in service)",
      employee_retired: "Employee insurance (retired)",
      resident: "Urban-rural resident insurance",
    },
  },
});
