import type { CatalogueContent } from '@antq/domain';
import { allCriteria } from '@antq/domain';
import { Alert, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/trpc';
import { LoadingState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { PlanDiffView } from '../plan/PlanDiffView';
import { valueLabel } from '../assessment/values';
import { assessmentDiff } from './assessmentDiff';

interface Ref {
  campaignId: string;
  wardId: string;
  from: number;
  to: number;
}

/** Two plan submissions, compared field by field. */
export function PlanSubmissionsDiff({ campaignId, wardId, from, to }: Ref) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const before = useQuery({ ...trpc.plans.submission.queryOptions({ campaignId, wardId, submission: from }), staleTime: Infinity });
  const after = useQuery({ ...trpc.plans.submission.queryOptions({ campaignId, wardId, submission: to }), staleTime: Infinity });
  if (!before.data || !after.data) return <LoadingState />;
  return <PlanDiffView before={before.data.content} after={after.data.content} caption={t.review.compareTitle} />;
}

/** Two self-assessment submissions: the criteria whose result or evidence changed. */
export function AssessmentSubmissionsDiff({ campaignId, wardId, from, to, catalogue }: Ref & { catalogue: CatalogueContent }) {
  const { t } = useI18n();
  const f = t.reviewFlow;
  const trpc = useTRPC();
  const before = useQuery({ ...trpc.assessments.submission.queryOptions({ campaignId, wardId, submission: from }), staleTime: Infinity });
  const after = useQuery({ ...trpc.assessments.submission.queryOptions({ campaignId, wardId, submission: to }), staleTime: Infinity });
  if (!before.data || !after.data) return <LoadingState />;
  const criteria = allCriteria(catalogue);
  const byCode = new Map(criteria.map((c) => [c.code, c]));
  const diff = assessmentDiff(before.data.entries, after.data.entries, criteria);
  if (diff.length === 0) {
    return (
      <Alert color="gray" variant="light" role="status">
        {f.assessmentCompareEmpty}
      </Alert>
    );
  }
  const side = (c: (typeof diff)[number]['before'], code: string) =>
    c ? (
      <>
        <Text size="sm" fw={500}>
          {valueLabel(c.value, byCode.get(code)!, t)}
        </Text>
        {c.evidence && (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
            {c.evidence}
          </Text>
        )}
      </>
    ) : (
      f.none
    );
  return (
    <Table.ScrollContainer minWidth={640} type="native" tabIndex={0}>
      <Table aria-label={t.review.compareTitle} withTableBorder verticalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="34%">
              {f.criterion}
            </Table.Th>
            <Table.Th scope="col">{f.before}</Table.Th>
            <Table.Th scope="col">{f.after}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {diff.map((d) => (
            <Table.Tr key={d.code}>
              <Table.Th scope="row" fw={500}>
                {`${d.code}. ${byCode.get(d.code)?.text ?? ''}`}
              </Table.Th>
              <Table.Td>{side(d.before, d.code)}</Table.Td>
              <Table.Td bg={d.valueChanged ? 'yellow.0' : undefined}>{side(d.after, d.code)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
