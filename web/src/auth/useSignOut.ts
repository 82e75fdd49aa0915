import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { sessionStore } from './session';
import { requestSignOut } from './signIn';

/** Signs out: tells the server (token and refresh token revoked), forgets the token and every cached answer of this user. */
export function useSignOut(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    const session = sessionStore.get();
    if (session) void requestSignOut(session);
    sessionStore.signOut('signedOut');
    queryClient.clear();
  }, [queryClient]);
}
