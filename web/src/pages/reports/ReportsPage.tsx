import { useMe } from '../../api/useMe';
import { Message } from '../../components/Message';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n';
import { DistrictReport } from './district/DistrictReport';
import { ProvinceReport } from './province/ProvinceReport';

/** `/reports`: provincial staff get the province's consolidated report; a coordinator, their district's. */
export function ReportsPage() {
  const { t } = useI18n();
  const me = useMe();
  return (
    <QueryState query={me}>
      {({ user, tenant }) => {
        if (user.roles.includes('province_staff')) return <ProvinceReport />;
        if (tenant) return <DistrictReport districtId={tenant.tenantId} />;
        return <Message title={t.common.forbiddenTitle} text={t.common.forbiddenText} />;
      }}
    </QueryState>
  );
}
