import { Form, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { STAFF_ROLES } from '../../api/contract-types.ts';
import { useDistricts } from '../reference/districts-api.ts';
import './messages.ts';

/**
 * A staff role and its scope: reviewers and clerks belong to a district,
 * clerks also to a community affairs centre. Used when an account is created
 * and when its role or scope is changed.
 */
export function StaffScopeFields({ form }: { form: FormInstance }) {
  const { t } = useTranslation();
  const districts = useDistricts();
  const role = Form.useWatch('role', form) as string | undefined;
  const districtCode = Form.useWatch('district', form) as string | undefined;
  const needsDistrict = role === 'reviewer' || role === 'clerk';
  const centres =
    districts.data?.find((d) => d.code === districtCode)?.centres.filter((c) => c.kind === 'community') ?? [];
  return (
    <>
      <Form.Item name="role" label={t('common.role')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select options={STAFF_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} data-testid="staff-role" />
      </Form.Item>
      {needsDistrict && (
        <Form.Item
          name="district"
          label={t('employer.district')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Select
            loading={districts.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            options={districts.data?.map((d) => ({ value: d.code, label: d.name }))}
            onChange={() => form.setFieldValue('centreId', undefined)}
            data-testid="staff-district"
          />
        </Form.Item>
      )}
      {role === 'clerk' && (
        <Form.Item
          name="centreId"
          label={t('admin.centre')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Select
            disabled={!districtCode}
            options={centres.map((c) => ({ value: c.id, label: c.name }))}
            data-testid="staff-centre"
          />
        </Form.Item>
      )}
    </>
  );
}
