/**
 * PI-1: an ID number is shown as its first 4 and last 4 characters
 * (`3101**********123X`). Applied again in the browser so that a page or an
 * export can never carry a full number, whatever the list held. The same
 * rule as `maskResidentId` of @jifen/domain (a test holds them equal),
 * repeated here so that the staff tables do not load the domain bundle.
 */
export function maskIdNumber(value: string | null | undefined): string {
  if (!value) return '';
  const v = value.trim().toUpperCase();
  if (v.length <= 8) return '*'.repeat(v.length);
  return `${v.slice(0, 4)}${'*'.repeat(v.length - 8)}${v.slice(-4)}`;
}
