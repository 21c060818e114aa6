import type { FormState } from './form-state.ts';
import type { FieldErrors } from './to-input.ts';

export type SetField = <K extends keyof FormState>(key: K, value: FormState[K]) => void;

export interface SectionProps {
  form: FormState;
  errors: FieldErrors;
  /** What the summary cannot support (S-9, S-4, C-1), shown as the person types. */
  warnings?: FieldErrors;
  set: SetField;
}
