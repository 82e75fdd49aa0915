import { Alert, Anchor, Group, NativeSelect, Stack } from '@mantine/core';
import { ToneBadge } from '../../components/ToneBadge';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router-dom';
import { useTRPC } from '../../api/trpc';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import { CatalogueActions } from './CatalogueActions';
import { CatalogueContentView } from './CatalogueContentView';
import { CatalogueImport } from './CatalogueImport';

/** One catalogue: pick a version, read its criteria by group, export it, publish a draft, import a new version. */
export function CataloguePage() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { catalogueId = '' } = useParams();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const [notice, setNotice] = useState<string | undefined>((location.state as { notice?: string } | null)?.notice);
  const picked = Number(params.get('version')) || undefined;
  const catalogue = useQuery(trpc.criteria.get.queryOptions({ catalogueId, ...(picked && { catalogueVersion: picked }) }));
  const versions = useQuery(trpc.criteria.versions.queryOptions({ catalogueId }));

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/criteria" size="sm">
        ← {t.criteria.backToList}
      </Anchor>
      <QueryState query={catalogue}>
        {(data) => {
          const { head, version } = data;
          return (
            <>
              <PageHeader
                title={version.content.title}
                subtitle={
                  <Group gap="xs" component="span">
                    <span>{t.criteria.groups(version.content.groups.length, version.criteriaCount)}</span>
                    <ToneBadge tone={version.status === 'published' ? 'green' : 'gray'}>{t.status.catalogue[version.status]}</ToneBadge>
                    {head.sample && (
                      <ToneBadge tone="grape">{t.criteria.sample}</ToneBadge>
                    )}
                  </Group>
                }
              />
              {notice && (
                <Alert color="green" variant="light" role="status" withCloseButton closeButtonLabel={t.common.close} onClose={() => setNotice(undefined)}>
                  {notice}
                </Alert>
              )}
              <Section
                title={t.criteria.versionLabel(version.catalogueVersion)}
                description={version.publishedAt ? t.criteria.publishedAt(version.publishedAt) : t.criteria.draftNote}
                actions={<CatalogueActions catalogue={data} onPublished={setNotice} />}
              >
                <NativeSelect
                  label={t.criteria.versionPicker}
                  w={{ base: '100%', xs: 280 }}
                  value={String(version.catalogueVersion)}
                  onChange={(e) => setParams({ version: e.currentTarget.value }, { replace: true })}
                  data={(versions.data ?? [version]).map((v) => ({
                    value: String(v.catalogueVersion),
                    label: t.criteria.versionOption(v.catalogueVersion, t.status.catalogue[v.status]),
                  }))}
                />
                <CatalogueContentView content={version.content} />
              </Section>
              <CatalogueImport into={head} />
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
