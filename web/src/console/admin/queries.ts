import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** Every account, for filters and pickers (admins and agents see them all). */
export function useAccounts() {
  return useQuery({ queryKey: ['admin-accounts'], queryFn: async () => (await unwrap(api.GET('/v1/accounts'))).data });
}

/** Every user the signed-in person may see. */
export function useUsers() {
  return useQuery({ queryKey: ['admin-users'], queryFn: async () => (await unwrap(api.GET('/v1/users'))).data });
}
