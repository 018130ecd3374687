import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useOutletContext } from 'react-router';
import { api, ApiProblem, unwrap } from '../api/client';

export type Role = 'admin' | 'agent' | 'customer';
export type Environment = 'sandbox' | 'production';

/** Who is signed in: the session the server keeps in an HttpOnly cookie. */
export interface Session {
  role: Role;
  userId: string;
  accountId: string | null;
  environment: Environment;
  name: string;
  email: string;
  csrfToken: string;
  expiresAt: string;
}

const SESSION_KEY = ['session'] as const;

/** The signed-in person, or null; never throws for "not signed in". */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<Session | null> => {
      try {
        return (await unwrap(api.GET('/v1/auth/sessions/current'))) as Session;
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { email: string; password: string; environment?: Environment }) =>
      (await unwrap(api.POST('/v1/auth/sessions', { body }))) as Session,
    onSuccess: (session) => {
      // Another person's cached data must never show: start from nothing.
      client.clear();
      client.setQueryData(SESSION_KEY, session);
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(api.DELETE('/v1/auth/sessions/current')),
    onSettled: () => {
      client.clear();
      client.setQueryData(SESSION_KEY, null);
    },
  });
}

export function useSwitchEnvironment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (environment: Environment) =>
      (await unwrap(api.PUT('/v1/auth/sessions/current/environment', { body: { environment } }))) as Session,
    onSuccess: (session) => {
      client.clear();
      client.setQueryData(SESSION_KEY, session);
    },
  });
}

/** The session of the signed-in person, inside an app's pages (the frame renders pages only when signed in). */
export function useCurrentSession(): Session {
  return useOutletContext<Session>();
}
