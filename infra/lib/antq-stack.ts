import { CfnOutput, Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Alarms } from './alarms.js';
import { Api } from './api.js';
import { ConsoleHosting } from './console-hosting.js';
import { DataTable } from './data-table.js';
import { Identity } from './identity.js';
import { OperatorAccess } from './operator-access.js';
import { paths } from './paths.js';
import { ProvinceAccess } from './province-access.js';
import type { StageConfig } from './stage.js';
import { TenantAccess } from './tenant-access.js';

export interface AntqStackProps extends StackProps {
  readonly stage: StageConfig;
  /** The CloudFront web ACL's ARN (from the us-east-1 edge stack). */
  readonly webAclArn: string;
  /** The console's build output; defaults to `web/dist`. Tests point it elsewhere. */
  readonly consoleDistDir?: string;
}

/** The whole product in one stack per stage: data, identity, API, console hosting and alarms. */
export class AntqStack extends Stack {
  public readonly stage: StageConfig;
  public readonly data: DataTable;
  public readonly identity: Identity;
  public readonly api: Api;
  public readonly tenantAccess: TenantAccess;
  public readonly provinceAccess: ProvinceAccess;
  public readonly operatorAccess: OperatorAccess;
  public readonly consoleHosting: ConsoleHosting;
  public readonly alarms: Alarms;

  constructor(scope: Construct, id: string, props: AntqStackProps) {
    super(scope, id, props);
    const { stage } = props;
    this.stage = stage;
    Tags.of(this).add('antq:stage', stage.name);

    this.data = new DataTable(this, 'Data', {
      removalPolicy: stage.dataRemovalPolicy,
      deletionProtection: stage.deletionProtection,
      pointInTimeRecoveryDays: stage.pointInTimeRecoveryDays,
      ...(stage.existingTableName && { existingTableName: stage.existingTableName }),
    });
    this.identity = new Identity(this, 'Identity', {
      userPoolName: stage.resourcePrefix,
      removalPolicy: stage.dataRemovalPolicy,
      deletionProtection: stage.deletionProtection,
    });
    this.api = new Api(this, 'Api', {
      table: this.data.table,
      userPool: this.identity.userPool,
      userPoolClient: this.identity.client,
      logRetention: stage.logRetention,
      ...(stage.domain?.api && { originDomain: stage.domain.api }),
    });

    const apiRole = this.api.function.role;
    if (!apiRole) throw new Error('The API function has no execution role');
    this.tenantAccess = new TenantAccess(this, 'TenantDataAccess', { table: this.data.table, trustedRole: apiRole });
    this.api.function.addEnvironment('TENANT_ROLE_ARN', this.tenantAccess.role.roleArn);
    this.provinceAccess = new ProvinceAccess(this, 'ProvinceReadAccess', { table: this.data.table, trustedRole: apiRole });
    this.api.function.addEnvironment('PROVINCE_ROLE_ARN', this.provinceAccess.role.roleArn);
    this.operatorAccess = new OperatorAccess(this, 'OperatorDataAccess', { table: this.data.table, trustedRole: apiRole });
    this.api.function.addEnvironment('OPERATOR_ROLE_ARN', this.operatorAccess.role.roleArn);

    this.consoleHosting = new ConsoleHosting(this, 'Console', {
      apiDomainName: this.api.domainName,
      distDir: props.consoleDistDir ?? paths.consoleDist,
      webAclArn: props.webAclArn,
      accessLogDays: stage.accessLogDays,
      ...(stage.domain && { domain: stage.domain }),
    });
    this.api.function.addEnvironment('CONSOLE_ORIGIN', this.consoleHosting.url);

    this.alarms = new Alarms(this, 'Alarms', {
      prefix: stage.resourcePrefix,
      apiFunction: this.api.function,
      httpApi: this.api.httpApi,
      table: this.data.table,
      ...(stage.alarmEmail && { email: stage.alarmEmail }),
    });

    new CfnOutput(this, 'ConsoleUrl', { value: this.consoleHosting.url, description: 'The console (and same-origin API)' });
    new CfnOutput(this, 'DistributionDomainName', {
      value: this.consoleHosting.distribution.distributionDomainName,
      description: stage.domain ? `Target of the CNAME ${stage.domain.domainName}` : 'CloudFront',
    });
    if (this.api.customDomain) {
      new CfnOutput(this, 'ApiOriginTarget', {
        value: this.api.customDomain.regionalDomainName,
        description: `Target of the CNAME ${this.api.customDomain.name} (the API origin; execute-api is disabled)`,
      });
    } else {
      new CfnOutput(this, 'ApiUrl', { value: this.api.stage.url, description: 'The HTTP API, direct (execute-api: enabled without an origin domain)' });
    }
    new CfnOutput(this, 'UserPoolId', { value: this.identity.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.identity.client.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
    // With TableName, what `npm run migrate -- --outputs <file>` needs to reach the table.
    new CfnOutput(this, 'Region', { value: this.region });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn });
  }
}
