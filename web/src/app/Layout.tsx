import { Anchor, AppShell, ScrollArea, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Suspense } from 'react';
import { Outlet } from 'react-router-dom';
import { LoadingState } from '../components/QueryState';
import { useI18n } from '../i18n';
import { Account, HeaderBar } from './HeaderBar';
import { Navigation } from './Navigation';

/** The signed-in frame: header with the user and the language, role-based navbar, the screen. */
export function Layout() {
  const { t } = useI18n();
  const [opened, { toggle, close }] = useDisclosure(false);
  const theme = useMantineTheme();
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.md})`, true) ?? true;
  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 270, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <Anchor
        href="#main"
        pos="absolute"
        left={-10000}
        style={{ zIndex: 1000 }}
        onFocus={(e) => (e.currentTarget.style.left = '8px')}
        onBlur={(e) => (e.currentTarget.style.left = '-10000px')}
      >
        {t.app.skipToContent}
      </Anchor>
      <AppShell.Header>
        <HeaderBar showAccount={wide} navOpened={opened} onToggleNav={toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t.nav.label}>
        {!wide && <Account compact onNavigate={close} />}
        <AppShell.Section grow component={ScrollArea}>
          <Navigation onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} bg="gray.0">
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
