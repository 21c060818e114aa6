import { useMemo } from 'react';
import type { FormInstance } from 'antd';
import type { AssessmentInput } from '@jifen/domain';
import { isApiError } from '../../api/api-error.ts';
import { usePolicySet } from '../../api/policy-data.ts';
import { evaluateInBrowser } from '../assessment/engine.ts';
import { decodeForm } from '../assessment/share-codec.ts';
import { readForm } from '../assessment/to-input.ts';
import { shanghaiToday } from '../assessment/today.ts';

/**
 * The self-assessment in the link's fragment (the assessment page's "ask"
 * links), evaluated here so the person sees its total before choosing to
 * attach it; null without one. Shared by the call-back request (PI-3) and
 * the online question (issue #14).
 */
export function useAttachedAssessment(): { input: AssessmentInput; asOf: string; total: number } | null {
  const policySet = usePolicySet();
  return useMemo(() => {
    const f = decodeForm(window.location.hash, shanghaiToday());
    const read = f ? readForm(f) : null;
    if (!f || !read?.input) return null;
    const r = evaluateInBrowser(read.input, f.asOf, policySet);
    return r.ok ? { input: read.input, asOf: f.asOf, total: r.value.assessment.total } : null;
  }, [policySet]);
}

/** Puts the API's `body.<field>` messages next to the named fields of a form. */
export function showBodyFieldErrors<V>(
  form: FormInstance<V>,
  error: unknown,
  names: readonly (keyof V & string)[],
): void {
  if (!isApiError(error)) return;
  const fields = error.details.flatMap((d) => {
    const name = d.path.replace(/^body\./, '');
    return (names as readonly string[]).includes(name) ? [{ name: name as never, errors: [d.message] }] : [];
  });
  if (fields.length > 0) form.setFields(fields);
}
