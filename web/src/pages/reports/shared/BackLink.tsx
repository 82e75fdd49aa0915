import { Anchor } from '@mantine/core';
import { Link } from 'react-router-dom';

/** The way back up the drill-down: province ← district ← ward ← submission. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      ← {label}
    </Anchor>
  );
}
