import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useI18n } from '../i18n';

/** A whole-screen message (not found, forbidden, no role) with a way back home. */
export function Message({ title, text, home = true }: { title: string; text: string; home?: boolean }) {
  const { t } = useI18n();
  return (
    <Center py="xl">
      <Stack align="center" gap="sm" maw={520} ta="center">
        <Title order={1} fz={24}>
          {title}
        </Title>
        <Text c="dimmed">{text}</Text>
        {home && (
          <Button component={Link} to="/" variant="light">
            {t.common.goHome}
          </Button>
        )}
      </Stack>
    </Center>
  );
}
