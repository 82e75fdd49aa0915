import { listAllTenants } from '@antq/db';
import { compareVietnamese, districtCode } from '@antq/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { catalogueProvinces } from '../../catalogue/load.js';
import { router } from '../../trpc/init.js';
import { operatorProcedure } from '../../trpc/procedures.js';

const provinceId = z.string().regex(/^\d{2}$/, 'Mã tỉnh/thành phố gồm 2 chữ số');

/**
 * The official administrative catalogue, for the operator's onboarding: pick a province, then a
 * district by name, and see what onboarding it would create before committing.
 */
export const catalogueRouter = router({
  /** Every province, the Vietnamese way, with how many districts it has and how many are onboarded. */
  provinces: operatorProcedure.query(async ({ ctx }) => {
    const [all, tenants] = await Promise.all([catalogueProvinces(), listAllTenants(ctx.platform)]);
    return all
      .map(({ districts, ...p }) => ({ ...p, districtCount: districts.length, onboarded: tenants.filter((t) => t.provinceId === p.id).length }))
      .sort((a, b) => compareVietnamese(a.name, b.name));
  }),
  /** The districts of one province with their number of wards, and whether each is onboarded. */
  districts: operatorProcedure.input(z.object({ provinceId })).query(async ({ ctx, input }) => {
    const [all, tenants] = await Promise.all([catalogueProvinces(), listAllTenants(ctx.platform)]);
    const province = all.find((p) => p.id === input.provinceId);
    if (!province) throw new TRPCError({ code: 'NOT_FOUND', message: `Không có tỉnh/thành phố mã ${input.provinceId} trong danh mục đơn vị hành chính.` });
    const onboarded = new Set(tenants.map((t) => t.tenantId));
    return province.districts.map((d) => ({ ...d, onboarded: onboarded.has(d.id) })).sort((a, b) => compareVietnamese(a.name, b.name));
  }),
  /** What onboarding a district creates: the district, its province and the names of its wards. */
  preview: operatorProcedure.input(z.object({ districtCode })).query(async ({ ctx, input }) => {
    const unit = await ctx.findDistrict(input.districtCode);
    if (!unit) throw new TRPCError({ code: 'NOT_FOUND', message: `Không có quận/huyện mã ${input.districtCode} trong danh mục đơn vị hành chính.` });
    const tenants = await listAllTenants(ctx.platform);
    return {
      province: unit.province,
      district: unit.district,
      wards: unit.wards.map((w) => ({ id: w.id, name: w.name })),
      catalogueDate: unit.catalogueDate,
      onboarded: tenants.some((t) => t.tenantId === unit.district.id),
    };
  }),
});
