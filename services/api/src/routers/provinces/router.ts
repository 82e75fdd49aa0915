import { router } from '../../trpc/init.js';
import { provinceRead } from '../../trpc/procedures.js';

export const provincesRouter = router({
  /** The province's onboarded districts, as provincial staff may see them. */
  districts: provinceRead.query(({ ctx }) => ({ provinceId: ctx.provinceId, districts: ctx.districts })),
});
