import type { RegisterEmployerRequest } from '../../api/contract-types.ts';

/** The form is flat (simple drafts, simple field errors); the request is nested. */
export interface RegisterFormValues {
  name: string;
  uscc: string;
  district: string;
  contactName: string;
  contactMobile: string;
  hrDisplayName: string;
  hrUsername: string;
  password: string;
  confirmPassword: string;
  manualVerification?: boolean;
}

export const SECRET_FIELDS = ['password', 'confirmPassword'] as const;

export function toRegisterRequest(v: RegisterFormValues): RegisterEmployerRequest {
  return {
    name: v.name.trim(),
    uscc: v.uscc.trim().toUpperCase(),
    district: v.district,
    contact: { name: v.contactName.trim(), mobile: v.contactMobile.trim() },
    hrAccount: { username: v.hrUsername.trim(), password: v.password, displayName: v.hrDisplayName.trim() },
    ...(v.manualVerification ? { manualVerification: true } : {}),
  };
}

/** API issue paths (`contact.mobile`) to form fields (`contactMobile`). */
export const API_PATH_TO_FIELD: Record<string, keyof RegisterFormValues> = {
  name: 'name',
  uscc: 'uscc',
  district: 'district',
  'contact.name': 'contactName',
  'contact.mobile': 'contactMobile',
  'hrAccount.username': 'hrUsername',
  'hrAccount.password': 'password',
  'hrAccount.displayName': 'hrDisplayName',
};

export const MOBILE_PATTERN = /^1\d{10}$/;
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;

export function isStrongPassword(value: string): boolean {
  return value.length >= 10 && /[A-Za-z]/.test(value) && /\d/.test(value);
}
