/**
 * 家庭共济: for whom an employee's personal account (个人账户) may pay — a national rule, dated and
 * sourced like every policy value. The regions' own policies say only whether their accounts take
 * part (`personalAccount.familyMutualAid`); the circle of relatives is set nationally.
 *
 * Relations are read from the account holder to the person paid for: "the person paid for is the
 * holder's child" is `child`. The eight are the close relatives (近亲属) of the Civil Code
 * (《中华人民共和国民法典》第一千零四十五条): 配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女.
 */
import { inForce, type Dated } from "../dated";
import type { IsoDate } from "../schema-parts";
import type { PolicyProvenance, ProvenanceEntry } from "../provenance";

/**
 * How one person is related to another, as the family registry (and a grant) records it:
 * `grandparent` is a father's parent (祖父母), `maternal_grandparent` a mother's parent (外祖父母);
 * `grandchild` a son's child (孙子女), `maternal_grandchild` a daughter's child (外孙子女).
 */
export const CLOSE_RELATIVES = [
  "spouse", "parent", "child", "sibling", "grandparent", "maternal_grandparent", "grandchild", "maternal_grandchild",
] as const;
export type CloseRelative = (typeof CLOSE_RELATIVES)[number];

/** The same relation seen from the other side: my parent is someone whose child I am. */
export function inverseRelation(relation: CloseRelative): CloseRelative {
  switch (relation) {
    case "parent":
      return "child";
    case "child":
      return "parent";
    case "grandparent":
      return "grandchild";
    case "grandchild":
      return "grandparent";
    case "maternal_grandparent":
      return "maternal_grandchild";
    case "maternal_grandchild":
      return "maternal_grandparent";
    default:
      return relation;
  }
}

const NOTICE_2021 =
  "国务院办公厅关于建立健全职工基本医疗保险门诊共济保障机制的指导意见（国办发〔2021〕14号） (General Office of the State Council: guidance on the employees' outpatient mutual-aid mechanism)";
const NOTICE_2024 =
  "国务院办公厅关于健全基本医疗保险参保长效机制的指导意见（国办发〔2024〕38号） (General Office of the State Council: guidance on a lasting mechanism for enrolment in basic medical insurance)";

/**
 * The relatives an employee's personal account may pay for, by date. Before the first entry it
 * paid for the holder alone. Provinces put each notice into practice on their own dates; the
 * national date is used here for every region.
 */
export const FAMILY_MUTUAL_AID: ReadonlyArray<Dated<readonly CloseRelative[]>> = [
  {
    from: "2021-04-13",
    value: ["spouse", "parent", "child"],
    source: NOTICE_2021,
    unverified: true,
    note:
      "The scope (spouse, parents, children) and the document number are as the 2024 notices' official interpretations recount them " +
      "(\"2021年，国办印发文件，将职工医保个人账户使用范围从职工本人，扩大到其参加基本医保的配偶、父母、子女\"); the day, 13 April 2021, " +
      "is the document's date as commonly cited and was not confirmed against the issuing text.",
  },
  {
    from: "2024-08-01",
    value: CLOSE_RELATIVES,
    source: `${NOTICE_2024}; Civil Code art. 1045 for the close relatives`,
    note:
      "The notice supports the employee personal account paying the resident-insurance contribution of the holder's close relatives and " +
      "the personal share of their care at designated facilities (\"支持职工医保个人账户用于支付参保人员近亲属参加居民医保的个人缴费及已参保的" +
      "近亲属在定点医药机构就医购药发生的个人自付医药费用\"). Signed in July 2024 and published on 1 August 2024 (Xinhua, China News " +
      "Service, CCTV reports of that day); the number is from the published text. The exact day of signature in July was not confirmed, " +
      "so the publication day is used. Sichuan's medical-security bureau lists the same eight relatives (ylbzj.sc.gov.cn, 2025-07-04).",
  },
];

/** The relatives whose share the account may pay on `day` (an ISO date): none before 2021. */
export function mutualAidRelationsOn(day: IsoDate): readonly CloseRelative[] {
  return inForce(FAMILY_MUTUAL_AID, day)?.value ?? [];
}

/** Whether a holder's account may pay for someone who is their `relation` on `day`. */
export function mayPayForRelative(relation: string | null, day: IsoDate): boolean {
  return relation !== null && (mutualAidRelationsOn(day) as readonly string[]).includes(relation);
}

/** The rule's provenance, in the shape `policy:provenance` prints. */
export function familyMutualAidProvenance(): PolicyProvenance {
  const entries: ProvenanceEntry[] = FAMILY_MUTUAL_AID.map((entry, index) => ({
    path: "familyMutualAid.relations",
    label: { zh: "家庭共济：个人账户可为哪些亲属支付", en: "Family mutual aid: relatives an employee's account may pay for" },
    from: entry.from,
    until: FAMILY_MUTUAL_AID[index + 1]?.from ?? null,
    value: entry.value,
    source: entry.source,
    verified: entry.unverified !== true,
    ...(entry.note === undefined ? {} : { note: entry.note }),
  }));
  const verifiedCount = entries.filter((e) => e.verified).length;
  return {
    id: "CN",
    name: { zh: "全国规则", en: "National rules" },
    source: NOTICE_2024,
    notes: ["Applies to every region: the regions' policies say only whether their personal accounts take part in 家庭共济."],
    entries,
    verifiedCount,
    unverifiedCount: entries.length - verifiedCount,
  };
}
