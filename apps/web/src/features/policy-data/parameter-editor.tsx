import { Button, Input, InputNumber, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyParameter } from '@jifen/contracts';
import {
  displayValue,
  editorKind,
  parseEditorValue,
  sameValue,
  toEditorValue,
  type EditorValue,
  type ParameterEdit,
  type ParameterProblem,
} from './parameter-value.ts';

interface Props {
  /** The parameters of the version the draft is based on: the current values and sources. */
  parameters: readonly PolicyParameter[];
  edits: Readonly<Record<string, ParameterEdit>>;
  onChange: (edits: Record<string, ParameterEdit>) => void;
  problems: Readonly<Record<string, ParameterProblem>>;
}

/** Whether the field's value differs from the current one (an unparsable value counts as a change to fix). */
function isChanged(parameter: PolicyParameter, edit: ParameterEdit | undefined): boolean {
  if (!edit) return false;
  const parsed = parseEditorValue(editorKind(parameter.value), edit.value);
  return !parsed.ok || !sameValue(parsed.value, parameter.value);
}

/**
 * P-1: every parameter of a version with its current value and source; each
 * can be given a new value in a control of its type (numbers, switches,
 * text, JSON for lists and objects) and then needs the source of the change.
 */
export function ParameterEditor({ parameters, edits, onChange, problems }: Props) {
  const { t } = useTranslation();
  const setValue = (parameter: PolicyParameter, value: EditorValue) =>
    onChange({ ...edits, [parameter.path]: { value, source: edits[parameter.path]?.source ?? '' } });
  const setSource = (parameter: PolicyParameter, source: string) =>
    onChange({
      ...edits,
      [parameter.path]: { value: edits[parameter.path]?.value ?? toEditorValue(parameter.value), source },
    });
  const reset = (parameter: PolicyParameter) => {
    const next = { ...edits };
    delete next[parameter.path];
    onChange(next);
  };

  const columns: TableColumnsType<PolicyParameter> = [
    {
      title: t('policyAdmin.version.path'),
      dataIndex: 'path',
      width: 240,
      sorter: (a, b) => a.path.localeCompare(b.path),
      render: (path: string, p) => (
        <>
          <Typography.Text code>{path}</Typography.Text>
          {isChanged(p, edits[path]) && (
            <Tag color="gold" style={{ marginLeft: 4 }}>
              ✎
            </Tag>
          )}
        </>
      ),
    },
    {
      title: t('policyAdmin.version.current'),
      dataIndex: 'value',
      width: 200,
      render: (value: unknown) => (
        <Typography.Text style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {displayValue(value)}
        </Typography.Text>
      ),
    },
    {
      title: t('policyAdmin.version.newValue'),
      key: 'edit',
      width: 280,
      render: (_, p) => (
        <ValueControl
          parameter={p}
          value={edits[p.path]?.value ?? toEditorValue(p.value)}
          onChange={(v) => setValue(p, v)}
          problem={problems[p.path]}
        />
      ),
    },
    {
      title: t('policyAdmin.version.sourceNote'),
      key: 'source',
      width: 340,
      render: (_, p) => {
        const changed = isChanged(p, edits[p.path]);
        const problem = problems[p.path];
        return (
          <>
            <Typography.Paragraph
              type="secondary"
              ellipsis={{ rows: 2, tooltip: p.source }}
              style={{ marginBottom: changed ? 4 : 0 }}
            >
              {p.source}
            </Typography.Paragraph>
            {changed && (
              <>
                <Input.TextArea
                  rows={2}
                  maxLength={2000}
                  placeholder={t('policyAdmin.version.changeSource')}
                  status={problem === 'sourceRequired' ? 'error' : undefined}
                  value={edits[p.path]?.source ?? ''}
                  onChange={(e) => setSource(p, e.target.value)}
                  data-testid={`param-source-${p.path}`}
                />
                {problem === 'sourceRequired' && (
                  <Typography.Text type="danger">{t('policyAdmin.version.problems.sourceRequired')}</Typography.Text>
                )}
                <div>
                  <Button size="small" type="link" onClick={() => reset(p)} style={{ padding: 0 }}>
                    {t('policyAdmin.version.reset')}
                  </Button>
                </div>
              </>
            )}
          </>
        );
      },
    },
  ];

  return (
    <Table<PolicyParameter>
      rowKey="path"
      size="small"
      data-testid="parameter-editor"
      columns={columns}
      dataSource={[...parameters]}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}

function ValueControl({
  parameter,
  value,
  onChange,
  problem,
}: {
  parameter: PolicyParameter;
  value: EditorValue;
  onChange: (v: EditorValue) => void;
  problem: ParameterProblem | undefined;
}) {
  const { t } = useTranslation();
  const testId = `param-${parameter.path}`;
  const bad = problem !== undefined && problem !== 'sourceRequired';
  const hint = bad ? (
    <Typography.Text type="danger">{t(`policyAdmin.version.problems.${problem}`)}</Typography.Text>
  ) : null;
  switch (editorKind(parameter.value)) {
    case 'number':
      return (
        <>
          <InputNumber
            value={typeof value === 'number' ? value : null}
            onChange={(v) => onChange(typeof v === 'number' ? v : null)}
            status={bad ? 'error' : undefined}
            data-testid={testId}
          />
          {hint}
        </>
      );
    case 'boolean':
      return <Switch checked={value === true} onChange={(checked) => onChange(checked)} data-testid={testId} />;
    case 'string':
      return (
        <>
          <Input
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => onChange(e.target.value)}
            status={bad ? 'error' : undefined}
            data-testid={testId}
          />
          {hint}
        </>
      );
    case 'json':
      return (
        <>
          <Input.TextArea
            rows={3}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => onChange(e.target.value)}
            status={bad ? 'error' : undefined}
            style={{ fontFamily: 'monospace', fontSize: 12 }}
            data-testid={testId}
          />
          {hint}
        </>
      );
  }
}
