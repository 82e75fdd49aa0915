import { LoadingState } from '../../components/QueryState';

/** Being built. */
export function AssessmentPage() {
  return <LoadingState />;
}
