import type { FormInstance } from 'antd';
import { isApiError } from '../api/api-error.ts';

/**
 * Puts the API's field messages (`details: [{ path, message }]`) next to the
 * fields they concern. Returns true when at least one field got a message.
 */
export function showFieldErrors(form: FormInstance, error: unknown, knownFields: readonly string[]): boolean {
  if (!isApiError(error)) return false;
  const fields = error.details
    .map((detail) => ({ name: detail.path.split('.')[0] ?? '', errors: [detail.message] }))
    .filter((field) => knownFields.includes(field.name));
  if (fields.length > 0) form.setFields(fields);
  return fields.length > 0;
}
