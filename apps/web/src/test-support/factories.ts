import type { ApplicationSummary } from '../features/applications/application-types.ts';

/**
 * Issue 23: what a web test needs, built whole from the API's generated
 * shape, so a test names only the fields it is about and a contract change
 * is fixed here once.
 */
export function anApplication(over: Partial<ApplicationSummary> = {}): ApplicationSummary {
  return {
    id: 'a1',
    number: 'JF2026-000001',
    kind: 'first_application',
    state: 'draft',
    version: 1,
    holder: { id: 'h1', name: '李明' },
    employer: { id: 'e1', name: '上海示例科技有限公司' },
    employerChanged: false,
    dataChanged: false,
    total: null,
    slaDue: null,
    pending: [],
    noticeIssuedOn: null,
    policyId: null,
    policyHash: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...over,
  };
}
