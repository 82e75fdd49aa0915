import { createHash } from 'node:crypto';
import { getRecord, keys } from '@antq/db';
import { achievementKey, type NominationFields, recipientKey } from '@antq/domain';
import type { TenantContext } from '../cycle/mutate.js';
import { findAwardForm } from './forms.js';

export const digest = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 32);

export const achievementRule = (tenantId: string, f: NominationFields) => keys.awardRule(tenantId, 'achievement', digest(achievementKey(f.recipient, f.achievement)));
export const onceRule = (tenantId: string, formCode: string, f: NominationFields) => keys.awardRule(tenantId, 'once', digest(`${formCode}|${recipientKey(f.recipient)}`));

/**
 * The rules a nomination must meet before it goes further, with messages a coordinator can act on:
 * the proposed form exists and may go to this kind of recipient; the achievement is not rewarded
 * already; a once-only medal has not been given to this person.
 */
export async function nominationProblems(ctx: TenantContext, f: NominationFields): Promise<Array<{ path: string; message: string }>> {
  const problems: Array<{ path: string; message: string }> = [];
  const form = findAwardForm(f.proposedFormCode);
  if (!form) return [{ path: 'fields.proposedFormCode', message: `Không có hình thức khen thưởng mã ${f.proposedFormCode}` }];
  if (!form.recipients.includes(f.recipient.kind)) {
    problems.push({ path: 'fields.recipient.kind', message: `“${form.name}” không dành cho đối tượng này` });
  }
  if (f.achievement.subject.toYear < f.achievement.subject.fromYear) {
    problems.push({ path: 'fields.achievement.subject.toYear', message: 'Năm kết thúc phải sau năm bắt đầu' });
  }
  if (await getRecord(ctx.repo, achievementRule(ctx.tenantId, f))) {
    problems.push({ path: 'fields.achievement', message: 'Thành tích này đã được khen thưởng: một thành tích không khen nhiều lần hoặc nhiều hình thức' });
  }
  if (form.oncePerPerson && (await getRecord(ctx.repo, onceRule(ctx.tenantId, form.code, f)))) {
    problems.push({ path: 'fields.recipient', message: `Người này đã được tặng “${form.name}” (chỉ tặng một lần)` });
  }
  return problems;
}
