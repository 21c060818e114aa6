import { useRef } from 'react';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AnswerRequest,
  CreateThreadRequest,
  InstantAnswersResponse,
  KnowledgeEntryDto,
  PublicThread,
  SaveKnowledgeRequest,
  SavedReply,
  SaveSavedReplyRequest,
  ThreadCreated,
  ThreadStatus,
  WorkbenchResponse,
  WorkbenchThread,
} from '@jifen/contracts';
import { api } from '../../api/client.ts';
import { isApiError } from '../../api/api-error.ts';

/** Issue #14: the online consultation calls. */

export function useInstantAnswers(question: string) {
  return useQuery({
    queryKey: ['consult-instant', question],
    enabled: question.trim().length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    queryFn: () => api.post<InstantAnswersResponse>('/api/v1/consult/instant-answers', { question }),
  });
}

export function useCreateThread() {
  return useMutation({
    mutationFn: (body: CreateThreadRequest) => api.post<ThreadCreated>('/api/v1/consult/threads', body),
  });
}

const threadUrl = (reference: string) => `/api/v1/consult/threads/by-reference/${encodeURIComponent(reference)}`;

/** Polling with backoff: 2 s after a change, then ×1.5 per unchanged look, at most 10 s. */
export const POLL_MIN_MS = 2_000;
export const POLL_MAX_MS = 10_000;
export function nextPollDelay(previous: number, changed: boolean): number {
  return changed ? POLL_MIN_MS : Math.min(POLL_MAX_MS, Math.round(previous * 1.5));
}

/** The thread by its code, refreshed without reload (polling with backoff); null when it does not exist (withdrawn, purged, or not yours). */
export function useThread(reference: string | null) {
  const delay = useRef(POLL_MIN_MS);
  const lastVersion = useRef<number | null>(null);
  return useQuery({
    queryKey: ['consult-thread', reference],
    enabled: reference !== null,
    retry: false,
    refetchInterval: (query) => {
      const data = query.state.data;
      if (!data) return false;
      const changed = lastVersion.current !== data.version;
      lastVersion.current = data.version;
      delay.current = nextPollDelay(delay.current, changed);
      return delay.current;
    },
    queryFn: async (): Promise<PublicThread | null> => {
      try {
        return await api.get<PublicThread>(threadUrl(reference ?? ''));
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function useFollowUp(reference: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post<PublicThread>(`${threadUrl(reference)}/messages`, { body }),
    onSuccess: (thread) => qc.setQueryData(['consult-thread', reference], thread),
  });
}

/** Issue 18: the code texted to the asker's number; answers are texted only once it is entered. */
export function useVerifyMobile(reference: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api.post<PublicThread>(`${threadUrl(reference)}/mobile-verification`, { code }),
    onSuccess: (thread) => qc.setQueryData(['consult-thread', reference], thread),
  });
}

export function useWithdrawThread() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (reference: string) => api.request<void>('DELETE', threadUrl(reference)),
    onSuccess: (_r, reference) => qc.setQueryData(['consult-thread', reference], null),
  });
}

const WORKBENCH = ['consult-workbench'] as const;

/** The queue a page at a time (issue 18); `data` joins the pages read so far, `loadMore` reads the next. */
export function useWorkbench(status: ThreadStatus | undefined) {
  const query = useInfiniteQuery({
    queryKey: [...WORKBENCH, status ?? 'all'],
    refetchInterval: 30_000,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: WorkbenchResponse) => last.nextCursor ?? undefined,
    queryFn: ({ pageParam }) =>
      api.get<WorkbenchResponse>('/api/v1/consult/workbench', { query: { status, cursor: pageParam } }),
  });
  const pages = query.data?.pages;
  const data = pages ? { threads: pages.flatMap((p) => p.threads), goalHours: pages[0]!.goalHours } : undefined;
  return { ...query, data, hasMore: query.hasNextPage, loadMore: () => void query.fetchNextPage() };
}

export function useWorkbenchAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      action,
      body,
    }: {
      id: string;
      action: 'claim' | 'answer' | 'hand-over' | 'close';
      body?: AnswerRequest | { toUserId?: string; note?: string };
    }) => api.post<{ thread: WorkbenchThread }>(`/api/v1/consult/workbench/${id}/${action}`, body),
    onSuccess: (r) => {
      // The open question stays on screen after it leaves the filtered list (answered, closed).
      qc.setQueryData(['consult-workbench-pinned', r.thread.id], r.thread);
      return qc.invalidateQueries({ queryKey: WORKBENCH });
    },
  });
}

/** The question last changed on this screen, by id (set by `useWorkbenchAction`). */
export function usePinnedThread(id: string | null) {
  return useQuery<WorkbenchThread | null>({
    queryKey: ['consult-workbench-pinned', id],
    enabled: false,
    queryFn: () => null,
  });
}

const SAVED_REPLIES = ['consult-saved-replies'] as const;

export function useSavedReplies() {
  return useQuery({
    queryKey: SAVED_REPLIES,
    staleTime: 300_000,
    queryFn: () => api.get<{ replies: SavedReply[] }>('/api/v1/consult/saved-replies').then((b) => b.replies),
  });
}

/** Create (id null) or edit a saved reply; the answer box's list follows. */
export function useSaveSavedReply() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: SaveSavedReplyRequest }) =>
      id
        ? api.request<{ reply: SavedReply }>('PUT', `/api/v1/consult/saved-replies/${id}`, { body })
        : api.post<{ reply: SavedReply }>('/api/v1/consult/saved-replies', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: SAVED_REPLIES }),
  });
}

export function useDeleteSavedReply() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.request<null>('DELETE', `/api/v1/consult/saved-replies/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: SAVED_REPLIES }),
  });
}

export function useConsultants() {
  return useQuery({
    queryKey: ['consult-consultants'],
    staleTime: 300_000,
    queryFn: () =>
      api
        .get<{ consultants: { id: string; name: string }[] }>('/api/v1/consult/consultants')
        .then((b) => b.consultants),
  });
}

const KNOWLEDGE = ['consult-knowledge'] as const;

export function useKnowledge() {
  return useQuery({
    queryKey: KNOWLEDGE,
    queryFn: () => api.get<{ entries: KnowledgeEntryDto[] }>('/api/v1/consult/knowledge').then((b) => b.entries),
  });
}

export function useSaveKnowledge() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: SaveKnowledgeRequest }) =>
      id
        ? api.request<{ entry: KnowledgeEntryDto }>('PUT', `/api/v1/consult/knowledge/${id}`, { body })
        : api.post<{ entry: KnowledgeEntryDto }>('/api/v1/consult/knowledge', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: KNOWLEDGE }),
  });
}

export function useKnowledgeStatus() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, to }: { id: string; to: 'publish' | 'retire' }) =>
      api.post<{ entry: KnowledgeEntryDto }>(`/api/v1/consult/knowledge/${id}/${to}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: KNOWLEDGE }),
  });
}
