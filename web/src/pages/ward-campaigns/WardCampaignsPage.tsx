import { LoadingState } from '../../components/QueryState';

/** Being built. */
export function WardCampaignsPage(_props: { focus: 'plan' | 'assessment' }) {
  return <LoadingState />;
}
