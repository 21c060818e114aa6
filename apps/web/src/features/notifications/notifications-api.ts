import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export interface Notification {
  id: string;
  applicationId: string | null;
  /** A page the notification is about (a lifecycle reminder: the holder's page for HR, the points record for the holder). */
  link: string | null;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}

export interface SmsMessage {
  id: string;
  applicationId: string | null;
  mobile: string | null;
  template: string;
  text: string;
  status: 'pending' | 'delivering' | 'delivered' | 'failed';
  createdAt: string;
  deliveredAt: string | null;
}

const KEY = ['notifications'] as const;

/** The user's own notifications and the unread count; refreshed every minute for the bell. */
export function useNotifications() {
  return useQuery({
    queryKey: KEY,
    queryFn: () => api.get<{ notifications: Notification[]; unread: number }>('/api/v1/notifications'),
    refetchInterval: 60_000,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<unknown>(`/api/v1/notifications/${encodeURIComponent(id)}/read`, {}),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

/** The SMS the holder received (R-3 step 4: the result comes by SMS). */
export function useMySms() {
  return useQuery({
    queryKey: ['me', 'sms'],
    queryFn: async () => (await api.get<{ messages: SmsMessage[] }>('/api/v1/me/sms')).messages,
  });
}
