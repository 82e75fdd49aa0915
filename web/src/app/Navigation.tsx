import { Badge, NavLink, Stack } from '@mantine/core';
import { Link, useLocation } from 'react-router-dom';
import { useMe } from '../api/useMe';
import { LoadingState } from '../components/QueryState';
import { useI18n } from '../i18n';
import { countFor, isActive, navItemsFor } from './navItems';
import { useNavCounts } from './useNavCounts';

/** The navbar: the user's screens, then the ones coming later, disabled with a "Sắp có" badge. */
export function Navigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const { pathname } = useLocation();
  const counts = useNavCounts(me.data?.user.roles ?? []);
  if (me.isPending) return <LoadingState />;
  if (me.isError) return null;
  const items = navItemsFor(me.data.user.roles);
  return (
    <Stack gap={2}>
      {items.map((item) =>
        item.path ? (
          <NavLink
            key={item.key}
            component={Link}
            to={item.path}
            label={countFor(item, counts) ? t.nav.withCount(t.nav[item.key], countFor(item, counts)!) : t.nav[item.key]}
            active={isActive(item, pathname)}
            aria-current={pathname === item.path ? 'page' : undefined}
            onClick={onNavigate}
            variant="filled"
          />
        ) : (
          <NavLink
            key={item.key}
            component="button"
            type="button"
            disabled
            aria-disabled
            label={t.nav[item.key]}
            rightSection={
              <Badge size="xs" variant="light" color="gray" c="gray.8">
                {t.nav.comingSoon}
              </Badge>
            }
          />
        ),
      )}
    </Stack>
  );
}
