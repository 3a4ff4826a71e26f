import type { Messages } from "./catalogue";
import { format } from "./locales";

type RelationKey = keyof Messages["family"]["relations"];
type Gender = "female" | "male" | null;

/**
 * Who someone is, in words: 儿子 / 女儿 for a child by gender, 子女 when the gender is not
 * known; null when the relation is not known.
 */
export function relationWord(relation: string | null, gender: Gender, m: Messages["family"]): string | null {
  if (relation === null || !(relation in m.relations)) return null;
  const words = m.relations[relation as RelationKey];
  return gender === "male" ? words.male : gender === "female" ? words.female : words.any;
}

/** A relative as the screens name them: "周*伟（儿子）", "周*伟", or, for an account without a person, its masked phone. */
export function relativeLabel(
  relative: { maskedName: string | null; gender: Gender; relation: string | null; maskedPhone?: string | null },
  m: Messages["family"],
): string {
  const name = relative.maskedName ?? relative.maskedPhone ?? "";
  const word = relationWord(relative.relation, relative.gender, m);
  return word === null ? name : format(m.withRelation, { name, relation: word });
}
