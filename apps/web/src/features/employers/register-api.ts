import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { RegisterEmployerRequest, RegisterEmployerResponse } from '../../api/contract-types.ts';

export function useRegisterEmployer() {
  return useMutation({
    mutationFn: (request: RegisterEmployerRequest) =>
      api.post<RegisterEmployerResponse>('/api/v1/employers/register', request),
  });
}
