import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { useI18n } from '../i18n';

/** The frame of the screens before a session exists: sign-in, new password, forgotten password. */
export function AuthFrame({ title, intro, children, footer }: { title: string; intro?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  const { t } = useI18n();
  return (
    <Box component="main" mih="100vh" bg="gray.0" p="md">
      <Box ta="right">
        <LanguageSwitch />
      </Box>
      <Center mih="80vh">
        <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={440}>
          <Stack gap="md">
            <div>
              <Text c="red.9" fw={700} size="sm" tt="uppercase">
                {t.app.name}
              </Text>
              <Title order={1} fz={26} mt={4}>
                {title}
              </Title>
              {intro && (
                <Text size="sm" c="dimmed" mt={4}>
                  {intro}
                </Text>
              )}
            </div>
            {children}
            {footer && (
              <Group justify="center" gap="md">
                {footer}
              </Group>
            )}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
