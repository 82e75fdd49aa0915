import { Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useIntent } from '../../api/intent';
import { useTRPC } from '../../api/trpc';
import type { ProgrammeRecord } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import { useInvalidateMovement } from '../movement/shared/useInvalidateMovement';
import { ProgrammeForm } from './ProgrammeForm';
import { programmeFormValues } from './programmeForm';

/** `/programmes/new` and `/programmes/:programmeId/edit`: the programme itself; saving opens its page. */
export function ProgrammeFormPage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateMovement();
  const { programmeId } = useParams();
  const [generation, setGeneration] = useState(0);
  const existing = useQuery({ ...trpc.programmes.get.queryOptions({ programmeId: programmeId ?? '' }), enabled: Boolean(programmeId) });
  const save = useIntent(useMutation(trpc.programmes.save.mutationOptions()));

  if (programmeId && existing.isError) return <ErrorState error={existing.error} onRetry={() => void existing.refetch()} />;
  if (programmeId && !existing.data) return <LoadingState />;
  const record: ProgrammeRecord | undefined = existing.data?.programme;
  const title = record ? t.programmes.editTitle : t.programmes.newTitle;

  const reload = async () => {
    save.reset();
    await queryClient.invalidateQueries({ queryKey: trpc.programmes.get.queryKey({ programmeId: programmeId ?? '' }) });
    setGeneration((g) => g + 1);
  };

  return (
    <Stack gap="lg">
      <PageHeader title={title} subtitle={record?.fields.title ?? t.programmes.formIntro} />
      <Section title={title}>
        <ProgrammeForm
          key={`${generation}:${record?.version ?? 0}`}
          initial={programmeFormValues(record)}
          editing={Boolean(record)}
          pending={save.isPending}
          error={save.error}
          onCancel={() => navigate(record ? `/programmes/${record.recordId}` : '/programmes')}
          onReload={() => void reload()}
          onSubmit={(fields) =>
            save.run(
              { ...(record && { recordId: record.recordId }), fields, expectedVersion: record?.version ?? 0 },
              {
                onSuccess: async (saved) => {
                  await invalidate();
                  navigate(`/programmes/${saved.recordId}`);
                },
              },
            )
          }
        />
      </Section>
    </Stack>
  );
}
