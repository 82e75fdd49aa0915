import { createCampaignInput, describeIssues } from '@antq/domain';
import { localizeFieldErrors } from '../../i18n/fieldMessages';
import { Alert, Anchor, Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { fieldErrorsOf } from '../../api/errors';
import type { CampaignOutput, CatalogueHeadOutput, WardOutput } from '../../api/types';
import { DateField } from '../../components/DateField';
import { MutationError } from '../../components/MutationError';
import { useI18n } from '../../i18n';
import { type CampaignFormValues, initialValues, latestPublished, toCampaignInput, usableCatalogues } from './campaignForm';
import { WardPicker } from './WardPicker';

export type CampaignInput = ReturnType<typeof toCampaignInput>;

interface Props {
  catalogues: readonly CatalogueHeadOutput[];
  wards: readonly WardOutput[];
  campaign?: CampaignOutput;
  pending: boolean;
  error: unknown;
  onSubmit: (input: CampaignInput) => void;
  onCancel: () => void;
  onReload: () => void;
}

const isIso = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);

const required: Array<keyof CampaignFormValues> = ['name', 'catalogueId', 'catalogueVersion', 'planDeadline', 'assessmentDeadline'];

/** The campaign's setup: name, criteria set and version, period, deadlines, wards. */
export function CampaignForm({ catalogues, wards, campaign, pending, error, onSubmit, onCancel, onReload }: Props) {
  const { t } = useI18n();
  const usable = usableCatalogues(catalogues);
  const [values, setValues] = useState<CampaignFormValues>(() => initialValues(catalogues, campaign, wards.length));
  // A new campaign's period follows the deadlines' years until the coordinator types it.
  const [autoPeriod, setAutoPeriod] = useState({ start: !campaign, end: !campaign });
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>({});
  const serverErrors = fieldErrorsOf(error);
  const errorOf = (field: string) => (localErrors[field] ?? serverErrors[field])?.[0];
  const set = <K extends keyof CampaignFormValues>(key: K, value: CampaignFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const chosenCatalogue = usable.find((c) => c.catalogueId === values.catalogueId);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: Record<string, string[]> = {};
    for (const key of required) if (!String(values[key]).trim()) problems[key] = [t.campaigns.required];
    if (!values.allWards && values.wardIds.length === 0) problems.wardIds = [t.campaigns.wardsRequired];
    const input = toCampaignInput(values);
    if (Object.keys(problems).length === 0) {
      const parsed = createCampaignInput.safeParse({ ...input, idempotencyKey: 'client-check' });
      if (!parsed.success) Object.assign(problems, localizeFieldErrors(describeIssues(parsed.error).fieldErrors));
    }
    setLocalErrors(problems);
    if (Object.keys(problems).length === 0) onSubmit(input);
  }

  if (usable.length === 0) {
    return (
      <Alert color="yellow" variant="light" role="alert">
        {t.campaigns.noPublished}{' '}
        <Anchor component={Link} to="/criteria">
          {t.campaigns.goToCriteria}
        </Anchor>
      </Alert>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label={campaign ? t.campaigns.editTitle : t.campaigns.newTitle}>
      <Stack gap="md">
        <TextInput label={t.campaigns.name} required withAsterisk={false} value={values.name} onChange={(e) => set('name', e.currentTarget.value)} error={errorOf('name')} maxLength={300} />
        <Textarea label={t.campaigns.description} description={t.common.optional} autosize minRows={2} value={values.description} onChange={(e) => set('description', e.currentTarget.value)} error={errorOf('description')} />
        <Group align="flex-start" grow wrap="wrap">
          <NativeSelect
            label={t.campaigns.catalogue}
            required
            withAsterisk={false}
            value={values.catalogueId}
            onChange={(e) => {
              const id = e.currentTarget.value;
              setValues((v) => ({ ...v, catalogueId: id, catalogueVersion: latestPublished(usable.find((c) => c.catalogueId === id)) }));
            }}
            data={usable.map((c) => ({ value: c.catalogueId, label: c.title }))}
            error={errorOf('catalogueId')}
            miw={280}
          />
          <NativeSelect
            label={t.campaigns.catalogueVersion}
            required
            withAsterisk={false}
            value={values.catalogueVersion}
            onChange={(e) => set('catalogueVersion', e.currentTarget.value)}
            data={[...(chosenCatalogue?.publishedVersions ?? [])]
              .sort((a, b) => b - a)
              .map((n) => ({ value: String(n), label: t.criteria.versionOption(n, t.status.catalogue.published) }))}
            error={errorOf('catalogueVersion')}
            maw={260}
          />
        </Group>
        <Group align="flex-start" gap="md">
          <DateField
            label={t.campaigns.planDeadline}
            required
            withAsterisk={false}
            value={values.planDeadline}
            onChange={(d) => setValues((v) => ({ ...v, planDeadline: d, ...(autoPeriod.start && isIso(d) && { periodStart: `${d.slice(0, 4)}-01-01` }) }))}
            error={errorOf('planDeadline')}
          />
          <DateField
            label={t.campaigns.assessmentDeadline}
            required
            withAsterisk={false}
            value={values.assessmentDeadline}
            onChange={(d) => setValues((v) => ({ ...v, assessmentDeadline: d, ...(autoPeriod.end && isIso(d) && { periodEnd: `${d.slice(0, 4)}-12-31` }) }))}
            error={errorOf('assessmentDeadline')}
          />
          <DateField
            label={t.campaigns.periodStart}
            value={values.periodStart}
            onChange={(d) => {
              setAutoPeriod((a) => ({ ...a, start: false }));
              set('periodStart', d);
            }}
            error={errorOf('periodStart')}
          />
          <DateField
            label={t.campaigns.periodEnd}
            value={values.periodEnd}
            onChange={(d) => {
              setAutoPeriod((a) => ({ ...a, end: false }));
              set('periodEnd', d);
            }}
            error={errorOf('periodEnd')}
          />
        </Group>
        <WardPicker
          wards={wards}
          all={values.allWards}
          chosen={values.wardIds}
          error={errorOf('wardIds')}
          onChange={(all, chosen) => setValues((v) => ({ ...v, allWards: all, wardIds: chosen }))}
        />
        <MutationError error={error} onReload={onReload} />
        <Group>
          <Button type="submit" loading={pending}>
            {t.common.save}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={pending}>
            {t.common.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
