import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useOutletContext } from 'react-router';
import { api, ApiProblem, unwrap } from '../api/client';
import type { paths } from '../api/openapi';

/** Who is signed in: the session the server keeps in an HttpOnly cookie. */
export type Session = paths['/v1/auth/sessions/current']['get']['responses'][200]['content']['application/json'];
export type Role = Session['role'];
export type Environment = Session['environment'];

const SESSION_KEY = ['session'] as const;

/** The signed-in person, or null; never throws for "not signed in". */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<Session | null> => {
      try {
        return await unwrap(api.GET('/v1/auth/sessions/current'));
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
}

/**
 * A new person or environment: every other cached answer goes (another person's data must never show), and the
 * session query, which the app frame watches, gets the new session in place (clearing it would detach the frame).
 */
function startOver(client: QueryClient, session: Session | null): void {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
  client.setQueryData(SESSION_KEY, session);
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string; environment?: Environment }) => unwrap(api.POST('/v1/auth/sessions', { body })),
    onSuccess: (session) => startOver(client, session),
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/v1/auth/sessions/current')),
    onSettled: () => startOver(client, null),
  });
}

export function useSwitchEnvironment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (environment: Environment) => unwrap(api.PUT('/v1/auth/sessions/current/environment', { body: { environment } })),
    onSuccess: (session) => startOver(client, session),
  });
}

/** The session of the signed-in person, inside an app's pages (the frame renders pages only when signed in). */
export function useCurrentSession(): Session {
  return useOutletContext<Session>();
}
