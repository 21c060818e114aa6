import dayjs from 'dayjs';

/** `YYYY-MM-DD` stays as is; a timestamp becomes local `YYYY-MM-DD HH:mm`. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD HH:mm') : value;
}
