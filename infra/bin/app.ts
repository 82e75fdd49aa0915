import { App, Validations } from 'aws-cdk-lib';
import { AntqStack } from '../lib/antq-stack.js';
import { AwsSolutionsChecks } from '../lib/nag.js';

// Env-agnostic on purpose: synthesis needs no account, no region and no context lookups.
const app = new App();
new AntqStack(app, 'AntqStack', {
  description: 'District coordination of the movement "Toàn dân bảo vệ an ninh Tổ quốc"',
});
// cdk-nag 3 is a CDK policy-validation plugin (not an Aspect): any unacknowledged finding,
// error or warning, fails `cdk synth`.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
