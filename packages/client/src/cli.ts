import { parseArgs } from 'node:util';
import { TRPCClientError } from '@trpc/client';
import { ZodError } from 'zod';
import {
  accountsCreateCommand,
  accountsImportCommand,
  accountsListCommand,
  accountsResetCommand,
  accountsSetEnabledCommand,
  accountsTemplateCommand,
} from './accounts-command.js';
import { nominationsCommand, submitNominationsCommand } from './nominations-command.js';
import { submitRecordsCommand } from './records-command.js';
import { assessmentTemplateCommand, signInCommand, statusCommand, submitAssessmentCommand, submitPlanCommand } from './commands.js';

const usage = `Cách dùng (ward CLI):
  antq sign-in --url http://localhost:3000 --user <tên đăng nhập>   (mật khẩu: biến ANTQ_PASSWORD hoặc nhập khi hỏi; lần đầu: mật khẩu mới ANTQ_NEW_PASSWORD)
  antq status
  antq submit-plan <kế-hoạch.json> [--campaign <mã chiến dịch>]
  antq submit-assessment <tự-đánh-giá.json|.xlsx> [--campaign <mã chiến dịch>]
  antq assessment-template --campaign <mã chiến dịch> --out <tệp.xlsx>
  antq submit-records <hoạt-động.json>   (mô hình, ký cam kết, diễn đàn, hội nghị của phường/xã)
  antq submit-nominations <đề-nghị.json>   (tạo và gửi đề nghị khen thưởng)
  antq nominations   (tình trạng các đề nghị khen thưởng của phường/xã)

Tài khoản (quản trị nền tảng, cán bộ điều phối quận/huyện):
  antq accounts create --username <tên> --name "<Họ và tên>" --role <ward_officer|coordinator|province_staff>
                       [--ward <mã phường/xã>] [--tenant <mã quận/huyện>] [--province <mã tỉnh>] [--email <thư>] [--phone <số>]
  antq accounts template --out <tệp.xlsx> [--tenant <mã quận/huyện>]   (mẫu danh sách tài khoản)
  antq accounts import <danh-sách.xlsx|.csv>   (kiểm tra từng dòng; có dòng sai thì không tạo tài khoản nào)
  antq accounts list [--role <vai trò>] [--status invited|active|disabled] [--ward <mã>] [--tenant <mã>] [--province <mã>] [--search <chữ>]
  antq accounts disable <tên đăng nhập>   |   antq accounts enable <tên đăng nhập>
  antq accounts reset <tên đăng nhập>   (mật khẩu dùng một lần mới, chỉ hiện một lần)`;

async function ask(variable: string, prompt: string): Promise<string> {
  const preset = process.env[variable];
  if (preset) return preset;
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(prompt);
  rl.close();
  return answer;
}
const askPassword = () => ask('ANTQ_PASSWORD', 'Mật khẩu: ');
/** Asked only when the password was a one-time one (first sign-in, or after a reset). */
const askNewPassword = () => ask('ANTQ_NEW_PASSWORD', 'Mật khẩu mới (ít nhất 12 ký tự, gồm chữ hoa, chữ thường, chữ số và ký tự đặc biệt): ');

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      user: { type: 'string' },
      campaign: { type: 'string' },
      out: { type: 'string' },
      username: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      ward: { type: 'string' },
      tenant: { type: 'string' },
      province: { type: 'string' },
      email: { type: 'string' },
      phone: { type: 'string' },
      status: { type: 'string' },
      search: { type: 'string' },
    },
  });
  const [command, file] = positionals;
  const print = (line: string) => console.log(line);
  switch (command) {
    case 'sign-in':
      if (!values.url || !values.user) throw new Error(usage);
      return signInCommand({ url: values.url, user: values.user, password: await askPassword(), newPassword: askNewPassword }, print);
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
    case 'accounts':
      return accounts(positionals.slice(1), values, print);
    default:
      throw new Error(usage);
  }
}

async function accounts(positionals: string[], values: Record<string, string | undefined>, print: (line: string) => void): Promise<void> {
  const [action, argument] = positionals;
  switch (action) {
    case 'create':
      if (!values.username || !values.name || !values.role) throw new Error(usage);
      return accountsCreateCommand(values, print);
    case 'import':
      if (!argument) throw new Error(usage);
      return accountsImportCommand({ file: argument }, print);
    case 'template':
      if (!values.out) throw new Error(usage);
      return accountsTemplateCommand({ out: values.out, ...(values.tenant ? { tenant: values.tenant } : {}) }, print);
    case 'disable':
    case 'enable':
      if (!argument) throw new Error(usage);
      return accountsSetEnabledCommand({ username: argument, enabled: action === 'enable' }, print);
    case 'reset':
      if (!argument) throw new Error(usage);
      return accountsResetCommand({ username: argument }, print);
    case 'list':
      return accountsListCommand(values, print);
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
