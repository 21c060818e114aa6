import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/contract-types.ts';

const ROLE_COLOURS: Record<Role, string> = {
  holder: 'blue',
  hr: 'cyan',
  clerk: 'geekblue',
  reviewer: 'purple',
  consultant: 'gold',
  admin: 'red',
};

export function RoleTag({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Tag color={ROLE_COLOURS[role]} data-testid="role-tag">
      {t(`roles.${role}`)}
    </Tag>
  );
}
