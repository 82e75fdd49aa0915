import { parseArgs } from 'node:util';
import { TRPCClientError } from '@trpc/client';
import { ZodError } from 'zod';
import { nominationsCommand, submitNominationsCommand } from './nominations-command.js';
import { submitRecordsCommand } from './records-command.js';
import { assessmentTemplateCommand, signInCommand, statusCommand, submitAssessmentCommand, submitPlanCommand } from './commands.js';

const usage = `Cách dùng (ward CLI):
  antq sign-in --url http://localhost:3000 --user <tên đăng nhập>   (mật khẩu: biến ANTQ_PASSWORD hoặc nhập khi hỏi)
  antq status
  antq submit-plan <kế-hoạch.json> [--campaign <mã chiến dịch>]
  antq submit-assessment <tự-đánh-giá.json|.xlsx> [--campaign <mã chiến dịch>]
  antq assessment-template --campaign <mã chiến dịch> --out <tệp.xlsx>
  antq submit-records <hoạt-động.json>   (mô hình, ký cam kết, diễn đàn, hội nghị của phường/xã)
  antq submit-nominations <đề-nghị.json>   (tạo và gửi đề nghị khen thưởng)
  antq nominations   (tình trạng các đề nghị khen thưởng của phường/xã)`;

async function askPassword(): Promise<string> {
  if (process.env.ANTQ_PASSWORD) return process.env.ANTQ_PASSWORD;
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question('Mật khẩu: ');
  rl.close();
  return answer;
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { url: { type: 'string' }, user: { type: 'string' }, campaign: { type: 'string' }, out: { type: 'string' } },
  });
  const [command, file] = positionals;
  const print = (line: string) => console.log(line);
  switch (command) {
    case 'sign-in':
      if (!values.url || !values.user) throw new Error(usage);
      return signInCommand({ url: values.url, user: values.user, password: await askPassword() }, print);
    case 'status':
      return statusCommand(print);
    case 'submit-plan':
      if (!file) throw new Error(usage);
      return submitPlanCommand({ file, campaign: values.campaign }, print);
    case 'submit-assessment':
      if (!file) throw new Error(usage);
      return submitAssessmentCommand({ file, campaign: values.campaign }, print);
    case 'assessment-template':
      if (!values.campaign || !values.out) throw new Error(usage);
      return assessmentTemplateCommand({ campaign: values.campaign, out: values.out }, print);
    case 'submit-records':
      if (!file) throw new Error(usage);
      return submitRecordsCommand({ file }, print);
    case 'submit-nominations':
      if (!file) throw new Error(usage);
      return submitNominationsCommand({ file }, print);
    case 'nominations':
      return nominationsCommand(print);
    default:
      throw new Error(usage);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof TRPCClientError) {
    const fields = (error.data as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors;
    console.error(`✖ ${error.message}`);
    for (const [path, messages] of Object.entries(fields ?? {})) console.error(`  ${path}: ${messages.join('; ')}`);
  } else if (error instanceof ZodError) {
    console.error('✖ Tệp không đúng cấu trúc:');
    for (const issue of error.issues) console.error(`  ${issue.path.join('.')}: ${issue.message}`);
  } else {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
