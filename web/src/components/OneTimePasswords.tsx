import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Table, Text, useMantineTheme, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useI18n } from '../i18n';
import { toneText } from './tones';

export interface IssuedPassword {
  username: string;
  displayName: string;
  temporaryPassword: string;
}

function Copy({ value, label, text }: { value: string; label: string; text?: string }) {
  const { t } = useI18n();
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button size="compact-sm" variant="light" color={copied ? toneText.green : toneText.blue} onClick={copy} aria-label={label}>
          {copied ? t.oneTime.copied : (text ?? t.oneTime.copy)}
        </Button>
      )}
    </CopyButton>
  );
}

/**
 * The one-time passwords the server just made (a new account, a reset, an import), shown once:
 * they live only in this dialog's props and are gone when it closes. Each has a copy button;
 * the note says they will not be shown again and that the first sign-in sets a new password.
 */
export function OneTimePasswordsDialog({ issued, title, onClose }: { issued: readonly IssuedPassword[]; title?: string; onClose: () => void }) {
  const { t } = useI18n();
  const theme = useMantineTheme();
  const small = useMediaQuery(`(max-width: ${theme.breakpoints.sm})`) ?? false;
  const all = issued.map((i) => `${i.username}\t${i.temporaryPassword}`).join('\n');
  return (
    <Modal
      opened
      onClose={onClose}
      title={title ?? t.oneTime.title}
      size="lg"
      fullScreen={small}
      centered
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t.common.close }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Stack gap="md">
        <Alert color="orange" variant="light" role="note" title={t.oneTime.onceTitle}>
          <Text size="sm">{t.oneTime.onceText}</Text>
        </Alert>
        <Table.ScrollContainer minWidth={300} type="native">
          <Table aria-label={t.oneTime.table} withTableBorder verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.accounts.username}</Table.Th>
                <Table.Th scope="col">{t.oneTime.password}</Table.Th>
                <Table.Th scope="col" w={90}>
                  <VisuallyHidden>{t.oneTime.copy}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {issued.map((i) => (
                <Table.Tr key={i.username}>
                  <Table.Th scope="row" fw={500}>
                    <Text size="sm" fw={600}>
                      {i.displayName}
                    </Text>
                    <Text size="sm" ff="monospace">
                      {i.username}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    <Code fz="md" data-testid="one-time-password" style={{ userSelect: 'all', wordBreak: 'break-all' }}>
                      {i.temporaryPassword}
                    </Code>
                  </Table.Td>
                  <Table.Td>
                    <Copy value={i.temporaryPassword} label={t.oneTime.copyOf(i.username)} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="space-between" gap="sm">
          {issued.length > 1 ? <Copy value={all} label={t.oneTime.copyAll} text={t.oneTime.copyAll} /> : <span />}
          <Button onClick={onClose}>{t.oneTime.done}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
