import { Modal, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Fragment, type ReactNode } from 'react';
import { LoadingState } from '../../../components/QueryState';
import { useI18n } from '../../../i18n';

interface Props {
  title: string;
  onClose: () => void;
  /** While what the form offers (a list of models to copy from…) is still loading. */
  loading?: boolean;
  /** Bumped when the record is read again after a conflict: the form starts over from the fresh record. */
  generation?: number;
  children: ReactNode;
}

/** A record's form in a dialog: wide on a desktop, the whole screen on a phone; a click outside does not lose the typing. */
export function RecordDialog({ title, onClose, loading = false, generation = 0, children }: Props) {
  const { t } = useI18n();
  const theme = useMantineTheme();
  const small = useMediaQuery(`(max-width: ${theme.breakpoints.sm})`) ?? false;
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="xl"
      fullScreen={small}
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t.common.close }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {loading ? <LoadingState /> : <Fragment key={generation}>{children}</Fragment>}
    </Modal>
  );
}
