/**
 * The API's shapes, taken from @jifen/contracts as types only: the web
 * bundle never carries zod for them. The role list is repeated here as a
 * value because the contracts' one is a zod enum.
 */
import type { Role } from '@jifen/contracts';

export type {
  AuditEntry,
  AuditVerifyResponse,
  CreateUserRequest,
  DistrictsResponse,
  Employer,
  HolderDetail,
  HolderSummary,
  LifecycleState,
  RegisterEmployerRequest,
  RegisterEmployerResponse,
  Role,
  SessionUser,
  StaffRole,
  UserRecord,
} from '@jifen/contracts';

export const ROLES = ['holder', 'hr', 'clerk', 'reviewer', 'consultant', 'admin'] as const satisfies readonly Role[];
export const STAFF_ROLES = ['reviewer', 'clerk', 'consultant', 'admin'] as const satisfies readonly Role[];
