import { App, Validations } from 'aws-cdk-lib';
import { addAntqStacks } from '../lib/antq-app.js';
import { AwsSolutionsChecks } from '../lib/nag.js';

// One stage per synthesis: `-c stage=dev` (default) or `-c stage=prod` (see lib/stage.ts).
// Synthesis needs no account and no context lookups; each stack names its region.
const app = new App();
addAntqStacks(app);
// cdk-nag 3 is a CDK policy-validation plugin (not an Aspect): any unacknowledged finding,
// error or warning, fails `cdk synth`.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
