import { defineMessages } from "../define";

export const alerts = defineMessages({
  zh: {
    heading: "提醒",
    none: "目前没有需要您办理的事项。",
    asOf: "截至 {time}",
    clinicRequired: {
      title: "您还没有选定普通门诊机构",
      body: "在{region}，普通门诊只在您选定的机构报销。选定之前，普通门诊费用不能报销。",
      action: "去选定点机构",
    },
    chronicEnding: {
      title: "{disease}门诊慢特病待遇快到期了",
      body: { one: "{date}到期（还剩 {days} 天）。如需继续享受，请在到期前到定点医院或经办机构办理复审。", other: "{date}到期（还剩 {days} 天）。如需继续享受，请在到期前到定点医院或经办机构办理复审。" },
      today: "今天（{date}）到期。如需继续享受，请尽快办理复审。",
    },
    filingEnding: {
      title: "异地就医备案快到期了",
      body: { one: "您在{place}的{kind}备案{date}到期（还剩 {days} 天）。如需继续在当地直接结算，请在到期前续办。", other: "您在{place}的{kind}备案{date}到期（还剩 {days} 天）。如需继续在当地直接结算，请在到期前续办。" },
      today: "您在{place}的{kind}备案今天（{date}）到期。如需继续在当地直接结算，请尽快续办。",
    },
    filingKinds: {
      relocated_retiree: "异地安置退休人员",
      long_term_resident: "异地长期居住",
      referral: "转诊就医",
      temporary: "临时外出就医",
    },
  },
  en: {
    heading: "Reminders",
    none: "Nothing needs your attention right now.",
    asOf: "As of {time}",
    clinicRequired: {
      title: "You have not chosen a general-outpatient clinic",
      body: "In {region}, general outpatient care is covered only at the clinic you chose. Until you choose one, general outpatient costs are not reimbursed.",
      action: "Choose my clinic",
    },
    chronicEnding: {
      title: "Your chronic-disease approval for {disease} ends soon",
      body: { one: "It ends on {date} ({days} day left). To keep the benefit, have it reviewed at your designated hospital or insurance office before then.", other: "It ends on {date} ({days} days left). To keep the benefit, have it reviewed at your designated hospital or insurance office before then." },
      today: "It ends today ({date}). To keep the benefit, have it reviewed as soon as possible.",
    },
    filingEnding: {
      title: "Your cross-region filing ends soon",
      body: { one: "Your filing as {kind} in {place} ends on {date} ({days} day left). Renew it before then to keep settling bills directly there.", other: "Your filing as {kind} in {place} ends on {date} ({days} days left). Renew it before then to keep settling bills directly there." },
      today: "Your filing as {kind} in {place} ends today ({date}). Renew it as soon as possible to keep settling bills directly there.",
    },
    filingKinds: {
      relocated_retiree: "a relocated retiree",
      long_term_resident: "a long-term resident",
      referral: "a referred patient",
      temporary: "a temporary visitor",
    },
  },
});
