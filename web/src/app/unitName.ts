import type { RouterOutputs } from '../api/types';

export type MeOutput = RouterOutputs['me']['get'];

/** The unit a user works for, as the header names it: ward and district, district and province, province, or the platform. */
export function unitNameOf(me: MeOutput, platform: string): string {
  if (me.ward && me.tenant) return `${me.ward.name}, ${me.tenant.name}`;
  if (me.ward) return me.ward.name;
  if (me.tenant) return `${me.tenant.name}, ${me.tenant.provinceName}`;
  if (me.provinceName) return me.provinceName;
  return platform;
}
