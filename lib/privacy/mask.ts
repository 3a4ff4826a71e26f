/**
 * Masked forms of personal data: the only forms that reach a browser or a terminal.
 * 张三丰 → 张*丰, 李明 → 李*, 欧阳娜娜 → 欧**娜.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return "*";
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${"*".repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** 350402199001011234 → 3504**********1234 */
export function maskNationalId(id: string): string {
  if (id.length < 8) return "*".repeat(id.length);
  return `${id.slice(0, 4)}${"*".repeat(id.length - 8)}${id.slice(-4)}`;
}
