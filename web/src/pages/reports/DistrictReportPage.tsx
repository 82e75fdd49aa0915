import { useParams } from 'react-router-dom';
import { DistrictReport } from './district/DistrictReport';

/** `/reports/districts/:districtId`: one district's report (provincial staff, or its own coordinator). */
export function DistrictReportPage() {
  const { districtId = '' } = useParams();
  return <DistrictReport districtId={districtId} />;
}
