import type { PolicyParameter, VersionDraftRequest } from '@jifen/contracts';
import { policyVersionSchema } from '@jifen/domain';
import { msg } from '@jifen/messages';

/** The sections of a version file whose entries are `{ value, source }` parameters (P-1). */
export const PARAMETER_SECTIONS = ['lifecycle', 'workflow', 'materials', 'compliance', 'points'] as const;
type Section = (typeof PARAMETER_SECTIONS)[number];
type VersionDoc = Record<string, unknown> & Record<Section, Record<string, { value: unknown; source: string }>>;

/** Every parameter of a version file as `section.name`, its value and its source, in file order. */
export function parametersOf(doc: unknown): PolicyParameter[] {
  const d = doc as VersionDoc;
  const out: PolicyParameter[] = [];
  for (const section of PARAMETER_SECTIONS) {
    for (const [name, p] of Object.entries(d[section] ?? {}))
      out.push({ path: `${section}.${name}`, value: p.value, source: p.source });
  }
  return out;
}

type Applied = { ok: true; doc: unknown } | { ok: false; zh: string; en: string };

/**
 * A new version from a published one: its id, names and effective date, and
 * the changed parameters, each with its new source. Validated by the same
 * schema as `policies/versions/*.json`, so what an administrator drafts is
 * exactly what a developer could have shipped.
 */
export function applyParameterChanges(baseDoc: unknown, req: VersionDraftRequest): Applied {
  const next = structuredClone(baseDoc) as VersionDoc;
  next.id = req.id;
  next.name = req.name;
  next.effectiveFrom = req.effectiveFrom;
  next.effectiveTo = null;
  for (const c of req.changes) {
    const [section, name] = c.path.split('.') as [Section, string];
    const current = next[section]?.[name];
    if (!current) return { ok: false, ...msg('policyData.noSuchParameter', { path: c.path }) };
    next[section][name] = { value: c.value, source: c.source };
  }
  const parsed = policyVersionSchema.safeParse(next);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
    return {
      ok: false,
      ...msg('policyData.invalidParameters', { problems: { zh: lines.join('；'), en: lines.join('; ') } }),
    };
  }
  return { ok: true, doc: parsed.data };
}
