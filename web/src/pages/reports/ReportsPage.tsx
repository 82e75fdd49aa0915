import { Navigate } from 'react-router-dom';
import { useMe } from '../../api/useMe';
import { Message } from '../../components/Message';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { DistrictReport } from './district/DistrictReport';
import { reportPaths } from './paths';
import { ProvinceReport } from './province/ProvinceReport';
import { useReportYear } from './useReportYear';

/**
 * `/reports`: provincial staff get the province's consolidated report; a coordinator, their
 * district's; a ward officer, their own ward's (the only part of the district's report they read).
 */
export function ReportsPage() {
  const { t } = useI18n();
  const me = useMe();
  const [year] = useReportYear();
  return (
    <QueryState query={me}>
      {({ user, tenant, ward }) => {
        if (user.roles.includes('province_staff')) return <ProvinceReport />;
        if (!user.roles.includes('coordinator') && tenant && ward) return <Navigate replace to={reportPaths.ward(tenant.tenantId, ward.wardId, year)} />;
        if (tenant) return <DistrictReport districtId={tenant.tenantId} />;
        return <Message title={t.common.forbiddenTitle} text={t.common.forbiddenText} />;
      }}
    </QueryState>
  );
}
