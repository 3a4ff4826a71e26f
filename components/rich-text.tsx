import { Fragment, type ReactNode } from "react";
import { relationWord, relativeLabel, type Messages } from "@/lib/i18n/client";

/**
 * A catalogue message with some {placeholders} filled by elements rather than text — a
 * relative's name marked as Chinese, a figure in bold — in the message's own word order.
 * Unknown placeholders stay visible so a missing value is noticed.
 */
export function formatRich(template: string, values: Record<string, ReactNode>): ReactNode {
  return template.split(/(\{\w+\})/).map((part, index) => {
    const key = /^\{(\w+)\}$/.exec(part)?.[1];
    return <Fragment key={index}>{key !== undefined && key in values ? values[key] : part}</Fragment>;
  });
}

/**
 * Chinese words inside a page of either language — a person's name, a document's title, a
 * facility's own name — marked as Chinese, so screen readers pronounce them and the language
 * checks know they are meant to be Chinese.
 */
export function Zh({ children, className }: { children: ReactNode; className?: string }) {
  return <span lang="zh-CN" className={className}>{children}</span>;
}

const HAN = /\p{Script=Han}/u;

/**
 * Text a person typed (a bill line's name): marked as Chinese when it is written in Chinese, so
 * an English page reads it as what it is.
 */
export function TypedText({ text }: { text: string }) {
  return HAN.test(text) ? <Zh>{text}</Zh> : <>{text}</>;
}

/**
 * A relative as the family screens name them (their masked name and who they are to the
 * account, lib/i18n relativeLabel), with the name marked as Chinese on a page of either language.
 */
export function RelativeLabel({ relative, m }: { relative: Parameters<typeof relativeLabel>[0]; m: Messages["family"] }) {
  const name = <TypedText text={relative.maskedName ?? relative.maskedPhone ?? ""} />;
  const word = relationWord(relative.relation, relative.gender, m);
  return <>{word === null ? name : formatRich(m.withRelation, { name, relation: word })}</>;
}
