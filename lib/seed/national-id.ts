/** Builds an 18-digit resident ID number with a valid GB 11643 check digit (demo people only). */
export function nationalIdFor(areaCode: string, birthDate: string, sequence: string): string {
  const body = `${areaCode}${birthDate.replaceAll("-", "")}${sequence}`;
  if (!/^\d{17}$/.test(body)) throw new Error(`bad national id body ${body}`);
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = Array.from(body).reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  return body + "10X98765432"[sum % 11];
}
