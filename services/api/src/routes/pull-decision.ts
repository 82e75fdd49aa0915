import { type SessionUser, sharedAchievement } from '@antq/domain';
import { TRPCError } from '@trpc/server';
import type { Pulled, PullCaller } from './pull.js';

/**
 * One award decision by id: JSON, the decision itself as DOCX (Nghị định 30 layout with its
 * annex) or its list of recipients as XLSX, built as the console builds them. The district in
 * the path must be the caller's own; the decision procedures then decide who may read it (the
 * district's coordinators), so another district's decision is "not found" like a missing one.
 */
export async function decisionFile(caller: PullCaller, user: SessionUser, districtId: string, decisionId: string): Promise<Pulled> {
  if (user.tenantId !== districtId) throw new TRPCError({ code: 'NOT_FOUND', message: 'Không tìm thấy quyết định khen thưởng.' });
  const decision = await caller.awards.decisions.get({ decisionId });
  const forms = async () => (await caller.awards.forms()).map((f) => ({ code: f.code, name: f.name }));
  const title = (kind: string) => `${kind} ${decision.fields.number.replace(/^số\s*:\s*/iu, '')}`;
  return {
    json: decision,
    files: {
      docx: async (writers) => {
        const [allForms, nominations, w] = await Promise.all([forms(), caller.awards.nominations.list(), writers()]);
        // What the decision rewards, when every line shares one subject (as the console says it).
        const subjects = new Map(nominations.map((n) => [n.nominationId, n.fields.achievement.subject]));
        const achievementFor = sharedAchievement(decision.lines.map((l) => subjects.get(l.nominationId)));
        return { body: await w.awardDecisionDocx({ decision, forms: allForms, ...(achievementFor && { achievementFor }) }), title: title('Quyết định') };
      },
      xlsx: async (writers) => {
        const [allForms, wards, w] = await Promise.all([forms(), caller.wards.list(), writers()]);
        const wardNames = Object.fromEntries(wards.map((ward) => [ward.wardId, ward.name]));
        return { body: await w.awardListXlsx({ decision, forms: allForms, wardNames }), title: title('Danh sách khen thưởng') };
      },
    },
  };
}
