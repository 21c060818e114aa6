import { useState } from 'react';
import { App as AntdApp, Button, Card, Checkbox, Col, Form, Input, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MaterialCheckView, MaterialItemCheck, MaterialsCheckRequest } from '@jifen/contracts';
import { errorText } from '../../api/error-text.ts';
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

/**
 * R-2 at the counter: each M-1..M-4 item ticked (brought, original seen, copy
 * kept, copy sealed); ticking "brought" ticks the forms the item needs, which
 * the clerk unticks where they are missing. The server's validateMaterials
 * decides; the dates the rules need (M-1, M-2) are typed from the documents.
 */
export function MaterialsCard({ application }: { application: ApplicationDetail }) {
  const { t } = useTranslation();
  const { message } = AntdApp.useApp();
  const checklist = useChecklist(application.id, true);
  const check = useCheckMaterials();
  const [items, setItems] = useState<Items>({});
  const [result, setResult] = useState<MaterialCheckView | null>(null);
  const [form] = Form.useForm<{
    contractStart?: string;
    contractEnd?: string;
    terminationLeaveDate?: string;
    permitValidUntil?: string;
    hrSpecialistInPerson: boolean;
  }>();
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
  const submit = (values: Awaited<ReturnType<typeof form.validateFields>>) => {
    const body: MaterialsCheckRequest = {
      expectedVersion: application.version,
      items: Object.fromEntries(list.map((i) => [i.id, itemOf(i.id)])) as MaterialsCheckRequest['items'],
      hrSpecialistInPerson: values.hrSpecialistInPerson ?? false,
      ...(values.contractStart ? { contractStart: values.contractStart } : {}),
      ...(values.contractEnd ? { contractEnd: values.contractEnd } : {}),
      ...(values.terminationLeaveDate ? { terminationLeaveDate: values.terminationLeaveDate } : {}),
      ...(values.permitValidUntil ? { permitValidUntil: values.permitValidUntil } : {}),
    };
    check.mutate(
      { id: application.id, body },
      {
        onSuccess: (r) => setResult(r.check),
        onError: (error) => void message.error(errorText(error, t)),
      },
    );
  };
  const dateRule = (when: boolean) => [{ required: when, message: t('workbench.materials.dateRequired') }];
  return (
    <Card title={t('workbench.materials.title')} style={{ marginBottom: 16 }} data-testid="materials-card">
      <Typography.Paragraph type="secondary">{t('workbench.materials.hint')}</Typography.Paragraph>
      {result ? (
        <MaterialCheckResult applicationId={application.id} check={result} />
      ) : (
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ hrSpecialistInPerson: false }}>
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
                  <Checkbox
                    checked={present(item.id)}
                    onChange={(e) => set(item, { present: e.target.checked })}
                    data-testid={`material-${item.id}-present`}
                  >
                    {t('workbench.materials.present')}
                  </Checkbox>
                  {item.original && (
                    <Checkbox
                      disabled={!present(item.id)}
                      checked={itemOf(item.id).originalSeen}
                      onChange={(e) => set(item, { originalSeen: e.target.checked })}
                      data-testid={`material-${item.id}-original`}
                    >
                      {t('workbench.materials.original')}
                    </Checkbox>
                  )}
                  {item.copy && (
                    <Checkbox
                      disabled={!present(item.id)}
                      checked={itemOf(item.id).copy}
                      onChange={(e) => set(item, { copy: e.target.checked })}
                      data-testid={`material-${item.id}-copy`}
                    >
                      {t('workbench.materials.copy')}
                    </Checkbox>
                  )}
                  {item.sealOnCopy && (
                    <Checkbox
                      disabled={!present(item.id) || !itemOf(item.id).copy}
                      checked={itemOf(item.id).sealed}
                      onChange={(e) => set(item, { sealed: e.target.checked })}
                      data-testid={`material-${item.id}-sealed`}
                    >
                      {t('workbench.materials.sealed')}
                    </Checkbox>
                  )}
                </Space>
              </div>
            </div>
          ))}
          <Row gutter={12} style={{ marginTop: 12 }}>
            {DATE_FIELDS.map((f) => (
              <Col xs={24} md={12} key={f.name}>
                <Form.Item name={f.name} label={t(`workbench.materials.${f.label}`)} rules={dateRule(present(f.item))}>
                  <Input type="date" data-testid={f.testId} />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Form.Item name="hrSpecialistInPerson" valuePropName="checked">
            <Checkbox data-testid="materials-in-person">{t('workbench.materials.inPerson')}</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={check.isPending} data-testid="materials-submit">
            {t('workbench.materials.submit')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
