import { defineMessages } from "../define";
import { aboutSubject, forAnyone } from "../subject";

export const alerts = defineMessages({
  zh: {
    heading: "提醒",
    none: aboutSubject("目前没有需要您处理的事项。", "TA 目前没有需要处理的事项。"),
    asOf: "截至 {time}",
    clinicRequired: {
      title: "还没有选定普通门诊机构",
      body: aboutSubject("在{region}，普通门诊只在您选定的机构报销。选定之前，普通门诊费用不能按规定报销。", "在{region}，普通门诊只在 TA 选定的机构报销。选定之前，TA 的普通门诊费用不能按规定报销。"),
      action: aboutSubject("去选择定点机构", "去为 TA 选择定点机构"),
    },
    chronicEnding: {
      title: "{disease}门诊慢特病待遇即将到期",
      body: forAnyone("{date} 到期（还剩 {days} 天）。需要继续享受待遇的，请在到期前到定点医院或经办机构办理复审。"),
      today: "今天（{date}）到期。需要继续享受待遇的，请尽快办理复审。",
    },
    filingEnding: {
      title: forAnyone("异地就医备案即将到期"),
      body: aboutSubject("您在{place}的{kind}备案 {date} 到期（还剩 {days} 天）。如需继续在当地直接结算，请在到期前续办。", "TA 在{place}的{kind}备案 {date} 到期（还剩 {days} 天）。如需继续在当地直接结算，请在到期前续办。"),
      today: aboutSubject("您在{place}的{kind}备案今天（{date}）到期。如需继续在当地直接结算，请尽快续办。", "TA 在{place}的{kind}备案今天（{date}）到期。如需继续在当地直接结算，请尽快续办。"),
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
    none: aboutSubject("Nothing needs your attention right now.", "Nothing of theirs needs attention right now."),
    asOf: "As of {time}",
    clinicRequired: {
      title: "No general-outpatient clinic chosen yet",
      body: aboutSubject("In {region}, general outpatient care is covered only at the clinic you chose. Until you choose one, general outpatient costs cannot be reimbursed.", "In {region}, general outpatient care is covered only at the clinic they chose. Until one is chosen, their general outpatient costs cannot be reimbursed."),
      action: aboutSubject("Choose my clinic", "Choose their clinic"),
    },
    chronicEnding: {
      title: "Chronic-disease outpatient approval ending soon: {disease}",
      body: aboutSubject("It ends on {date} ({days} days left). To keep the benefit, have it reviewed at your designated hospital or insurance office before then.", "It ends on {date} ({days} days left). To keep the benefit, it must be reviewed at their designated hospital or insurance office before then."),
      today: "It ends today ({date}). To keep the benefit, have it reviewed as soon as possible.",
    },
    filingEnding: {
      title: aboutSubject("Your cross-region filing ends soon", "Their cross-region filing ends soon"),
      body: aboutSubject("Your filing as {kind} in {place} ends on {date} ({days} days left). Renew it before then to keep settling bills directly there.", "Their filing as {kind} in {place} ends on {date} ({days} days left). Renew it before then to keep settling bills directly there."),
      today: aboutSubject("Your filing as {kind} in {place} ends today ({date}). Renew it as soon as possible to keep settling bills directly there.", "Their filing as {kind} in {place} ends today ({date}). Renew it as soon as possible to keep settling bills directly there."),
    },
    filingKinds: {
      relocated_retiree: "a relocated retiree",
      long_term_resident: "a long-term resident",
      referral: "a referred patient",
      temporary: "a temporary visitor",
    },
  },
});
