import { unitLabel } from '@antq/domain';
import type { RouterOutputs } from '../api/types';

export type MeOutput = RouterOutputs['me']['get'];

/** The unit a user works for, as the header names it: ward and district, district and province, province, or the platform. */
export function unitNameOf(me: MeOutput, platform: string): string {
  // Names in standard casing, whatever the catalogue's ("Thành Phố Đồng Hới" → "Thành phố Đồng Hới").
  if (me.ward && me.tenant) return `${unitLabel(me.ward.name)}, ${unitLabel(me.tenant.name)}`;
  if (me.ward) return unitLabel(me.ward.name);
  if (me.tenant) return `${unitLabel(me.tenant.name)}, ${unitLabel(me.tenant.provinceName)}`;
  if (me.provinceName) return unitLabel(me.provinceName);
  return platform;
}
