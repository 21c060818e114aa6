import { useId, useState, type FormEvent } from 'react';
import { App as AntdApp, Button, Card, Col, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MaterialCheckView, MaterialItemCheck, MaterialsCheckRequest } from '@jifen/contracts';
import { errorText } from '../../api/error-text.ts';
import { useAntdInputClass } from '../../components/antd-input-class.ts';
import { CompactCheckbox } from '../../components/compact-checkbox.tsx';
import { FormField, helpId, useAntdFormClass } from '../../components/form-field.tsx';
import type { ApplicationDetail, MaterialItem } from '../applications/application-types.ts';
import { useChecklist } from '../applications/applications-api.ts';
import { localized } from '../applications/localized.ts';
import { useCheckMaterials } from './workbench-api.ts';
import { MaterialCheckResult } from './material-check-result.tsx';
import './messages.ts';

type Items = Record<string, MaterialItemCheck>;
/** The documents' dates the rules need (M-1 permit validity, M-2 contract span and leave date), each required when its item is brought. */
const DATE_FIELDS = [
  { name: 'contractStart', label: 'contractStart', item: 'labour_contract', testId: 'materials-contract-start' },
  { name: 'contractEnd', label: 'contractEnd', item: 'labour_contract', testId: 'materials-contract-end' },
  { name: 'terminationLeaveDate', label: 'leaveDate', item: 'termination_record', testId: 'materials-leave-date' },
  { name: 'permitValidUntil', label: 'permitValidUntil', item: 'residence_permit', testId: 'materials-permit-until' },
] as const;
const NONE: MaterialItemCheck = { present: false, originalSeen: false, copy: false, sealed: false };
type DateName = (typeof DATE_FIELDS)[number]['name'];

/**
 * R-2 at the counter: each M-1..M-4 item ticked (brought, original seen, copy
 * kept, copy sealed); ticking "brought" ticks the forms the item needs, which
 * the clerk unticks where they are missing. The server's validateMaterials
 * decides; the dates the rules need (M-1, M-2) are typed from the documents.
 * A plain form with the browser's date inputs, styled as antd's (issue 20:
 * antd's Form, Input and Checkbox weighed ~33 KB on the reviewer's first load).
 */
export function MaterialsCard({ application }: { application: ApplicationDetail }) {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const checklist = useChecklist(application.id, true);
  const check = useCheckMaterials();
  const [items, setItems] = useState<Items>({});
  const [result, setResult] = useState<MaterialCheckView | null>(null);
  const [dates, setDates] = useState<Partial<Record<DateName, string>>>({});
  const [inPerson, setInPerson] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<DateName, string>>>({});
  const formClass = useAntdFormClass();
  const inputClass = useAntdInputClass();
  const errorInputClass = useAntdInputClass('error');
  const idBase = useId();
  const list: MaterialItem[] = checklist.data?.items ?? [];
  const itemOf = (id: string) => items[id] ?? NONE;
  const set = (item: MaterialItem, patch: Partial<MaterialItemCheck>) => {
    const current = itemOf(item.id);
    const next = { ...current, ...patch };
    if (patch.present === true && !current.present)
      Object.assign(next, { originalSeen: item.original, copy: item.copy, sealed: item.sealOnCopy });
    if (patch.present === false) Object.assign(next, NONE);
    setItems({ ...items, [item.id]: next });
  };
  const present = (id: string) => itemOf(id).present;
  /** A date is required when its item is brought (as the form's rule was): the message, or null. */
  const missing = (f: (typeof DATE_FIELDS)[number], value = dates[f.name]) =>
    present(f.item) && !value ? t('workbench.materials.dateRequired') : null;
  const setDate = (f: (typeof DATE_FIELDS)[number], value: string) => {
    setDates({ ...dates, [f.name]: value });
    // Checked again as typed, as antd's Form checked a field on change.
    setErrors({ ...errors, [f.name]: missing(f, value) ?? undefined });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = Object.fromEntries(DATE_FIELDS.map((f) => [f.name, missing(f) ?? undefined]));
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    const body: MaterialsCheckRequest = {
      expectedVersion: application.version,
      items: Object.fromEntries(list.map((i) => [i.id, itemOf(i.id)])) as MaterialsCheckRequest['items'],
      hrSpecialistInPerson: inPerson,
      ...(dates.contractStart ? { contractStart: dates.contractStart } : {}),
      ...(dates.contractEnd ? { contractEnd: dates.contractEnd } : {}),
      ...(dates.terminationLeaveDate ? { terminationLeaveDate: dates.terminationLeaveDate } : {}),
      ...(dates.permitValidUntil ? { permitValidUntil: dates.permitValidUntil } : {}),
    };
    check.mutate(
      { id: application.id, body },
      {
        onSuccess: (r) => setResult(r.check),
        onError: (error) => void message.error(errorText(error, t)),
      },
    );
  };
  return (
    <Card title={t('workbench.materials.title')} style={{ marginBottom: 16 }} data-testid="materials-card">
      <Typography.Paragraph type="secondary">{t('workbench.materials.hint')}</Typography.Paragraph>
      {result ? (
        <MaterialCheckResult applicationId={application.id} check={result} />
      ) : (
        <form className={formClass.form} onSubmit={submit} noValidate>
          {list.map((item) => (
            <div
              key={item.id}
              style={{ borderBottom: '1px solid #f0f0f0', padding: '8px 0' }}
              data-testid={`material-${item.id}`}
            >
              <Typography.Text strong>
                {item.ruleId} {localized(item.name)}
              </Typography.Text>{' '}
              <Typography.Text type="secondary">（{localized(item.requirement)}）</Typography.Text>
              <div>
                <Space wrap>
                  <CompactCheckbox
                    checked={present(item.id)}
                    onChange={(e) => set(item, { present: e.target.checked })}
                    data-testid={`material-${item.id}-present`}
                  >
                    {t('workbench.materials.present')}
                  </CompactCheckbox>
                  {item.original && (
                    <CompactCheckbox
                      disabled={!present(item.id)}
                      checked={itemOf(item.id).originalSeen}
                      onChange={(e) => set(item, { originalSeen: e.target.checked })}
                      data-testid={`material-${item.id}-original`}
                    >
                      {t('workbench.materials.original')}
                    </CompactCheckbox>
                  )}
                  {item.copy && (
                    <CompactCheckbox
                      disabled={!present(item.id)}
                      checked={itemOf(item.id).copy}
                      onChange={(e) => set(item, { copy: e.target.checked })}
                      data-testid={`material-${item.id}-copy`}
                    >
                      {t('workbench.materials.copy')}
                    </CompactCheckbox>
                  )}
                  {item.sealOnCopy && (
                    <CompactCheckbox
                      disabled={!present(item.id) || !itemOf(item.id).copy}
                      checked={itemOf(item.id).sealed}
                      onChange={(e) => set(item, { sealed: e.target.checked })}
                      data-testid={`material-${item.id}-sealed`}
                    >
                      {t('workbench.materials.sealed')}
                    </CompactCheckbox>
                  )}
                </Space>
              </div>
            </div>
          ))}
          <Row gutter={12} style={{ marginTop: 12 }}>
            {DATE_FIELDS.map((f) => {
              const id = `${idBase}-${f.name}`;
              const error = errors[f.name];
              return (
                <Col xs={24} md={12} key={f.name}>
                  <FormField
                    prefix={formClass.prefix}
                    id={id}
                    label={t(`workbench.materials.${f.label}`)}
                    required={present(f.item)}
                    error={error}
                  >
                    <input
                      id={id}
                      type="date"
                      className={error ? errorInputClass : inputClass}
                      value={dates[f.name] ?? ''}
                      onChange={(e) => setDate(f, e.target.value)}
                      aria-required={present(f.item)}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? helpId(id) : undefined}
                      data-testid={f.testId}
                    />
                  </FormField>
                </Col>
              );
            })}
          </Row>
          <div className={`${formClass.prefix}-item`}>
            <CompactCheckbox
              checked={inPerson}
              onChange={(e) => setInPerson(e.target.checked)}
              data-testid="materials-in-person"
            >
              {t('workbench.materials.inPerson')}
            </CompactCheckbox>
          </div>
          <Button type="primary" htmlType="submit" loading={check.isPending} data-testid="materials-submit">
            {t('workbench.materials.submit')}
          </Button>
        </form>
      )}
    </Card>
  );
}
