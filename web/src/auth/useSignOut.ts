import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { sessionStore } from './session';

/** Signs out: forgets the token and every cached answer of this user. */
export function useSignOut(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    sessionStore.signOut('signedOut');
    queryClient.clear();
  }, [queryClient]);
}
