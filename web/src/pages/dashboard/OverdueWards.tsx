import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { WardProgressOutput } from '../../api/types';
import { formatDate } from '../../format';
import { toneText } from '../../components/tones';
import { useI18n } from '../../i18n';

interface Props {
  title: string;
  deadline: string;
  wards: readonly WardProgressOutput[];
  campaignId: string;
  tab: 'plan' | 'assessment';
}

/** Wards past a deadline that have sent nothing, each a link to its files. */
export function OverdueWards({ title, deadline, wards, campaignId, tab }: Props) {
  const { t } = useI18n();
  const id = useId();
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={id}>
      <Title order={2} fz="md" id={id}>
        {title} ({formatDate(deadline)})
      </Title>
      {wards.length === 0 ? (
        <Text size="sm" c="dimmed" mt={4}>
          {t.dashboard.noOverdue}
        </Text>
      ) : (
        <Group component="ul" gap="xs" mt="xs" p={0} style={{ listStyle: 'none' }}>
          {wards.map((w) => (
            <li key={w.wardId}>
              <Anchor component={Link} to={`/campaigns/${campaignId}/wards/${w.wardId}?tab=${tab}`} size="sm" c={toneText.red}>
                {w.wardName}
              </Anchor>
            </li>
          ))}
        </Group>
      )}
    </Paper>
  );
}
