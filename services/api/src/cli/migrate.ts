import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { createDataAccess } from '../data-access.js';
import { createLogger } from '../log.js';
import { migrateDerivedItems } from '../maintenance/migrate.js';
import { useLocalStackIfRunning } from './local-stack.js';

/**
 * Deploy step: brings the derived items (campaign summaries, district-year items) to the shape
 * this code expects and carries active models into a new year: the migration `npm start` runs by
 * itself locally, here against a deployed table, with the caller's AWS credentials. Run it after
 * every deploy and once early each year; running it again when nothing is due changes nothing.
 *   npm run migrate -- --outputs cdk-outputs-prod.json     # the file `cdk deploy --outputs-file` wrote
 *   TABLE_NAME=<table> AWS_REGION=<region> npm run migrate
 */
const { values } = parseArgs({ options: { outputs: { type: 'string' }, stack: { type: 'string' } } });
if (values.outputs) {
  const outputs = JSON.parse(readFileSync(values.outputs, 'utf8')) as Record<string, Record<string, string>>;
  const stacks = Object.entries(outputs).filter(([name, o]) => (!values.stack || name === values.stack) && o.TableName);
  if (stacks.length !== 1) {
    console.error(`✖ ${values.outputs}: cần đúng một stack có TableName (có ${stacks.length}); chọn bằng --stack Antq-prod.`);
    process.exit(2);
  }
  const [name, stack] = stacks[0]!;
  process.env.TABLE_NAME = stack.TableName;
  if (stack.Region) process.env.AWS_REGION = stack.Region;
  console.log(`Bảng ${stack.TableName} của ${name} (${process.env.AWS_REGION ?? 'vùng mặc định'}).`);
} else {
  useLocalStackIfRunning();
}
const config = readConfig();
const districts = await migrateDerivedItems(createDataAccess(config), createLogger());
console.log(districts > 0 ? `✔ Đã cập nhật dữ liệu dẫn xuất của ${districts} quận/huyện.` : '✔ Dữ liệu dẫn xuất đã ở phiên bản hiện tại: không có gì phải làm.');
