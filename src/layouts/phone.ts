// Swedish phone numbers as people write them, and as tel: links and vCards need them.
// A Swedish number as people write it: "0707 549458", "070-754 94 58", "+46 70 754 94 58".
export const SWEDISH_PHONE = /^(\+46|0)[\d\s-]{6,}$/;

/** The international form for a tel: link: "0707 549458" → "+46707549458". */
export function internationalPhone(phone: string): string {
  const digits = phone.replace(/[\s-]/g, '');
  return digits.startsWith('+') ? digits : `+46${digits.slice(1)}`;
}
