import { LoadingState } from '../../components/QueryState';

/** Being built. */
export function PlanPage() {
  return <LoadingState />;
}
