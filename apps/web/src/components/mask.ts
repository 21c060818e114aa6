/**
 * PI-1: an ID number is shown as its first 4 and last 4 characters
 * (`3101**********123X`). Applied again in the browser so that an export
 * can never carry a full number, whatever the list held.
 */
export function maskIdNumber(value: string | null | undefined): string {
  if (!value) return '';
  if (value.length <= 8) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}
