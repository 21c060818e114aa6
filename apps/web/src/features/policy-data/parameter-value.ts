import type { ParameterChange, PolicyParameter } from '@jifen/contracts';

/** How a parameter's value is edited: by the type of its current value (P-1). */
export type EditorKind = 'number' | 'boolean' | 'string' | 'json';

export function editorKind(value: unknown): EditorKind {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  return 'json';
}

/** A value as the editor's field holds it: JSON text for objects and arrays. */
export type EditorValue = number | boolean | string | null;

export function toEditorValue(value: unknown): EditorValue {
  const kind = editorKind(value);
  if (kind === 'json') return JSON.stringify(value, null, 2);
  return value as EditorValue;
}

/** One parameter being edited: the field's raw value and the source note of the change. */
export interface ParameterEdit {
  value: EditorValue;
  source: string;
}

export type ParameterProblem = 'json' | 'number' | 'empty' | 'sourceRequired';

export type ParsedValue = { ok: true; value: unknown } | { ok: false; problem: ParameterProblem };

/** The field's raw value read back as the parameter's type; JSON text must parse. */
export function parseEditorValue(kind: EditorKind, raw: EditorValue): ParsedValue {
  switch (kind) {
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw)
        ? { ok: true, value: raw }
        : { ok: false, problem: 'number' };
    case 'boolean':
      return { ok: true, value: raw === true };
    case 'string':
      return typeof raw === 'string' && raw.trim() !== '' ? { ok: true, value: raw } : { ok: false, problem: 'empty' };
    case 'json': {
      if (typeof raw !== 'string' || raw.trim() === '') return { ok: false, problem: 'json' };
      try {
        return { ok: true, value: JSON.parse(raw) as unknown };
      } catch {
        return { ok: false, problem: 'json' };
      }
    }
  }
}

/** Key order does not make a change: compared as canonical JSON. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

export interface CollectedChanges {
  changes: ParameterChange[];
  /** By parameter path: what stops saving. */
  problems: Record<string, ParameterProblem>;
}

/**
 * The changes a draft carries against the parameters it is based on: every
 * edited value that parses and differs, each with its source note, which is
 * required for a change (P-1: every value has a source). Unchanged
 * parameters are not sent, so the draft keeps the base's values and sources.
 */
export function collectChanges(
  base: readonly PolicyParameter[],
  edits: Readonly<Record<string, ParameterEdit>>,
): CollectedChanges {
  const changes: ParameterChange[] = [];
  const problems: Record<string, ParameterProblem> = {};
  for (const parameter of base) {
    const edit = edits[parameter.path];
    if (!edit) continue;
    const parsed = parseEditorValue(editorKind(parameter.value), edit.value);
    if (!parsed.ok) {
      problems[parameter.path] = parsed.problem;
      continue;
    }
    if (sameValue(parsed.value, parameter.value)) continue;
    const source = edit.source.trim();
    if (source === '') {
      problems[parameter.path] = 'sourceRequired';
      continue;
    }
    changes.push({ path: parameter.path, value: parsed.value, source });
  }
  return { changes, problems };
}

/**
 * The edits that reproduce a saved draft in the editor: its parameters that
 * differ from the base's, with the draft's source notes.
 */
export function editsFromDraft(
  base: readonly PolicyParameter[],
  draft: readonly PolicyParameter[],
): Record<string, ParameterEdit> {
  const byPath = new Map(draft.map((p) => [p.path, p]));
  const edits: Record<string, ParameterEdit> = {};
  for (const parameter of base) {
    const drafted = byPath.get(parameter.path);
    if (drafted && !sameValue(drafted.value, parameter.value))
      edits[parameter.path] = { value: toEditorValue(drafted.value), source: drafted.source };
  }
  return edits;
}

/** A value in a table cell: plain for scalars, compact JSON otherwise. */
export function displayValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '—';
  return JSON.stringify(value);
}
