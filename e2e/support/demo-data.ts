import { residentIdCheckChar } from '@jifen/domain';

/** What the API's demo data holds (apps/api/src/demo/seed.ts), as the journeys rely on it. */
export const DEMO = {
  acme: { name: '上海示例科技有限公司', holders: ['李明', '王芳', '张伟', '刘洋', '陈静', '杨磊'] },
  beta: { name: '上海贝塔信息技术有限公司', holders: ['赵敏', '孙浩'] },
  /** Registered in Pudong, waiting for verification by reviewer.pd. */
  gamma: { name: '上海伽马贸易有限公司' },
  pudong: '浦东新区',
  xuhui: '徐汇区',
  lujiazuiCentre: '陆家嘴',
} as const;

/** The day the application journeys' server runs on (BUSINESS_DATE; see playwright.config.ts). */
export const WORKFLOW_BUSINESS_DATE = '2025-12-15';
/** The day the policy-data journeys' server runs on: a submission's review then ends in 2027 (issue #9, P-2). */
export const POLICY_BUSINESS_DATE = '2026-12-15';

/** The demo holders' resident IDs without their check character (apps/api/src/demo/seed.ts). */
export const DEMO_ID17 = { 李明: '31011519900307123', 张伟: '41010219920815003' } as const;

/** A resident ID completed with its check character, computed by the domain (I-1). */
export const residentId = (first17: string): string => first17 + residentIdCheckChar(first17);
