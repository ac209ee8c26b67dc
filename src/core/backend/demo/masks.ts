/** How the demo shows where a code went without showing the whole address. */

/** `0912345678` → `091****678`, the portal's form. */
export const maskPhone = (national: string): string => `${national.slice(0, 3)}****${national.slice(-3)}`;

/** `an.nguyen@example.vn` → `a*******@example.vn`. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  return `${address.slice(0, 1)}${'*'.repeat(Math.max(at - 1, 1))}${address.slice(at)}`;
}
