import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { createApiClient } from '../api/client';
import { createQueryClient } from '../api/queryClient';
import { TRPCProvider } from '../api/trpc';
import { sessionStore } from '../auth/session';
import { useSessionKeeper } from '../auth/useSession';
import { I18nProvider } from '../i18n';
import { cssVariablesResolver, theme } from './theme';

/** Keeps the session alive (refresh), ends it at its real expiry, and forgets cached answers whenever the session ends. */
function SessionWatch({ onSignedOut }: { onSignedOut: () => void }) {
  useSessionKeeper();
  useEffect(() => sessionStore.subscribe(() => (sessionStore.get() ? undefined : onSignedOut())), [onSignedOut]);
  return null;
}

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(() => createApiClient());
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <I18nProvider>
        <QueryClientProvider client={queryClient}>
          <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
            <SessionWatch onSignedOut={() => queryClient.clear()} />
            {children}
          </TRPCProvider>
        </QueryClientProvider>
      </I18nProvider>
    </MantineProvider>
  );
}
