import { LoadingState } from '../../components/QueryState';

/** Being built. */
export function WardReviewPage() {
  return <LoadingState />;
}
