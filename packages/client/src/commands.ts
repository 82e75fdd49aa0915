import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { assessmentEntrySchema, planContentSchema, reviewStatusLabels } from '@antq/domain';
import { z } from 'zod';
import { type AntqClient, createAntqClient, signIn } from './client.js';
import { loadSession, saveSession } from './session.js';

// The CLI's commands, each a function of parsed arguments, printing Vietnamese lines.
type Print = (line: string) => void;

export async function signInCommand(args: { url: string; user: string; password: string; newPassword?: () => Promise<string> }, print: Print) {
  const session = await signIn(args.url, args.user, args.password, fetch, args.newPassword);
  await saveSession({ baseUrl: args.url, username: args.user, ...session });
  print(`✔ Đã đăng nhập ${args.user} (hết hạn ${new Date(session.expiresAt).toLocaleString('vi-VN')}).`);
}

async function connect(): Promise<{ api: AntqClient; wardId: string }> {
  const session = await loadSession();
  const api = createAntqClient({ baseUrl: session.baseUrl, token: session.token });
  const me = await api.me.get.query();
  if (!me.user.wardId) throw new Error('Tài khoản này không gắn với phường/xã nào: lệnh dành cho cán bộ phường/xã.');
  return { api, wardId: me.user.wardId };
}

export async function statusCommand(print: Print) {
  const { api, wardId } = await connect();
  const campaigns = await api.campaigns.list.query();
  if (campaigns.length === 0) print('Phường/xã chưa tham gia chiến dịch nào đang triển khai.');
  for (const c of campaigns) {
    const [{ plan }, { assessment }] = await Promise.all([
      api.plans.get.query({ campaignId: c.campaignId, wardId }),
      api.assessments.get.query({ campaignId: c.campaignId, wardId }),
    ]);
    print(`${c.name}  [${c.campaignId}]`);
    print(`  Kế hoạch: ${reviewStatusLabels[plan.status]}${plan.late ? ' (trễ hạn)' : ''} — hạn ${c.planDeadline}`);
    if (plan.status === 'returned') print(`    Lý do trả lại: ${plan.returnReason}`);
    print(`  Tự đánh giá: ${reviewStatusLabels[assessment.status]}${assessment.late ? ' (trễ hạn)' : ''} — hạn ${c.assessmentDeadline}`);
    if (assessment.status === 'returned') print(`    Lý do trả lại: ${assessment.returnReason}`);
  }
}

const planFile = z.object({ campaignId: z.string().optional(), content: planContentSchema });

/** Submits the plan in a JSON file; the idempotency key is made once, so retries land once. */
export async function submitPlanCommand(args: { file: string; campaign?: string }, print: Print) {
  const file = planFile.parse(JSON.parse(await readFile(args.file, 'utf8')));
  const campaignId = args.campaign ?? file.campaignId;
  if (!campaignId) throw new Error('Thiếu mã chiến dịch: --campaign <mã> hoặc "campaignId" trong tệp.');
  const { api, wardId } = await connect();
  const { plan } = await api.plans.get.query({ campaignId, wardId });
  const result = await api.plans.submit.mutate({ campaignId, wardId, content: file.content, expectedVersion: plan.version, idempotencyKey: randomUUID() });
  print(`✔ Đã gửi kế hoạch (lần ${result.submissions}${result.late ? ', trễ hạn' : ''}). Trạng thái: ${reviewStatusLabels[result.status]}.`);
}

const assessmentFile = z.object({ campaignId: z.string().optional(), entries: z.array(assessmentEntrySchema) });

/** Submits a self-assessment from JSON ({ entries }) or from the XLSX template filled in. */
export async function submitAssessmentCommand(args: { file: string; campaign?: string }, print: Print) {
  const { api, wardId } = await connect();
  const data = await readFile(args.file);
  let campaignId = args.campaign;
  let entries;
  if (args.file.toLowerCase().endsWith('.xlsx')) {
    if (!campaignId) throw new Error('Thiếu mã chiến dịch: --campaign <mã>.');
    const { catalogue } = await api.assessments.get.query({ campaignId, wardId });
    const { assessmentFromXlsx } = await import('@antq/sheets');
    const read = await assessmentFromXlsx(data, catalogue);
    if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('\n'));
    entries = read.entries;
  } else {
    const file = assessmentFile.parse(JSON.parse(data.toString('utf8')));
    campaignId ??= file.campaignId;
    entries = file.entries;
  }
  if (!campaignId) throw new Error('Thiếu mã chiến dịch: --campaign <mã> hoặc "campaignId" trong tệp.');
  const { assessment } = await api.assessments.get.query({ campaignId, wardId });
  const result = await api.assessments.submit.mutate({ campaignId, wardId, entries, expectedVersion: assessment.version, idempotencyKey: randomUUID() });
  print(`✔ Đã gửi tự đánh giá ${entries.length} tiêu chí (lần ${result.submissions}${result.late ? ', trễ hạn' : ''}).`);
}

export async function assessmentTemplateCommand(args: { campaign: string; out: string }, print: Print) {
  const { api, wardId } = await connect();
  const { catalogue } = await api.assessments.get.query({ campaignId: args.campaign, wardId });
  const { assessmentTemplateXlsx } = await import('@antq/sheets');
  await writeFile(args.out, await assessmentTemplateXlsx(catalogue));
  print(`✔ Đã ghi mẫu tự đánh giá vào ${args.out}.`);
}
