import type { ReactNode } from 'react';
import {
  AuditOutlined,
  BankOutlined,
  BellOutlined,
  CalendarOutlined,
  CommentOutlined,
  ControlOutlined,
  FileTextOutlined,
  FormOutlined,
  HistoryOutlined,
  MessageOutlined,
  FieldTimeOutlined,
  HomeOutlined,
  ScheduleOutlined,
  IdcardOutlined,
  SolutionOutlined,
  SwapOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Role } from '../api/contract-types.ts';

export interface NavItem {
  path: string;
  labelKey: string;
  icon: ReactNode;
}

/** The side menu of each role; every path here is one the role may open. */
export const NAV_ITEMS: Record<Role, NavItem[]> = {
  holder: [
    { path: '/', labelKey: 'nav.myProfile', icon: <IdcardOutlined /> },
    { path: '/me/claims', labelKey: 'nav.myClaims', icon: <FormOutlined /> },
    { path: '/applications', labelKey: 'nav.myApplications', icon: <FileTextOutlined /> },
    { path: '/me/permits', labelKey: 'nav.myPermits', icon: <HistoryOutlined /> },
    { path: '/notifications', labelKey: 'nav.notifications', icon: <BellOutlined /> },
    { path: '/me/sms', labelKey: 'nav.mySms', icon: <MessageOutlined /> },
    { path: '/me/points-record', labelKey: 'nav.myPointsRecord', icon: <BellOutlined /> },
  ],
  hr: [
    { path: '/', labelKey: 'nav.employerHolders', icon: <TeamOutlined /> },
    { path: '/applications', labelKey: 'nav.employerApplications', icon: <FileTextOutlined /> },
    { path: '/roster', labelKey: 'nav.roster', icon: <ScheduleOutlined /> },
    { path: '/transfers', labelKey: 'nav.transfers', icon: <SwapOutlined /> },
  ],
  reviewer: [
    { path: '/', labelKey: 'nav.pendingEmployers', icon: <BankOutlined /> },
    { path: '/applications', labelKey: 'nav.districtApplications', icon: <FileTextOutlined /> },
    { path: '/visit-slots', labelKey: 'nav.visitSlots', icon: <CalendarOutlined /> },
    { path: '/holders', labelKey: 'nav.districtHolders', icon: <TeamOutlined /> },
    { path: '/workbench', labelKey: 'nav.workbench', icon: <FieldTimeOutlined /> },
  ],
  clerk: [
    { path: '/', labelKey: 'nav.centreHome', icon: <SolutionOutlined /> },
    { path: '/workbench', labelKey: 'nav.workbench', icon: <FieldTimeOutlined /> },
  ],
  consultant: [
    { path: '/', labelKey: 'nav.consultantHome', icon: <CommentOutlined /> },
    { path: '/consultations', labelKey: 'nav.consultationQueue', icon: <SolutionOutlined /> },
    { path: '/consultant/online', labelKey: 'nav.onlineConsult', icon: <CommentOutlined /> },
  ],
  admin: [
    { path: '/admin/users', labelKey: 'nav.users', icon: <UserOutlined /> },
    { path: '/admin/audit', labelKey: 'nav.audit', icon: <AuditOutlined /> },
    { path: '/admin/policy', labelKey: 'nav.policyData', icon: <ControlOutlined /> },
    { path: '/admin/sms', labelKey: 'nav.failedSms', icon: <MessageOutlined /> },
  ],
};

export const HOME_ICON = <HomeOutlined />;

/** The menu key to highlight for a path: the longest item path that prefixes it. */
export function selectedNavPath(items: NavItem[], pathname: string): string | undefined {
  const matches = items.filter(
    (item) => item.path === pathname || (item.path !== '/' && pathname.startsWith(`${item.path}/`)),
  );
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.path;
}
