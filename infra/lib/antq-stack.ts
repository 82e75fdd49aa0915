import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Api } from './api.js';
import { ConsoleHosting } from './console-hosting.js';
import { DataTable } from './data-table.js';
import { Identity } from './identity.js';
import { paths } from './paths.js';
import { ProvinceAccess } from './province-access.js';
import { TenantAccess } from './tenant-access.js';

export interface AntqStackProps extends StackProps {
  /** The console's build output; defaults to `web/dist`. Tests point it elsewhere. */
  readonly consoleDistDir?: string;
}

/** The whole product in one stack: data, identity, API and console hosting. */
export class AntqStack extends Stack {
  public readonly data: DataTable;
  public readonly identity: Identity;
  public readonly api: Api;
  public readonly tenantAccess: TenantAccess;
  public readonly provinceAccess: ProvinceAccess;
  public readonly consoleHosting: ConsoleHosting;

  constructor(scope: Construct, id: string, props: AntqStackProps = {}) {
    super(scope, id, props);
    this.data = new DataTable(this, 'Data');
    this.identity = new Identity(this, 'Identity');
    this.api = new Api(this, 'Api', {
      table: this.data.table,
      userPool: this.identity.userPool,
      userPoolClient: this.identity.client,
    });

    const apiRole = this.api.function.role;
    if (!apiRole) throw new Error('The API function has no execution role');
    this.tenantAccess = new TenantAccess(this, 'TenantDataAccess', { table: this.data.table, trustedRole: apiRole });
    this.api.function.addEnvironment('TENANT_ROLE_ARN', this.tenantAccess.role.roleArn);
    this.provinceAccess = new ProvinceAccess(this, 'ProvinceReadAccess', { table: this.data.table, trustedRole: apiRole });
    this.api.function.addEnvironment('PROVINCE_ROLE_ARN', this.provinceAccess.role.roleArn);

    this.consoleHosting = new ConsoleHosting(this, 'Console', {
      apiDomainName: this.api.domainName,
      distDir: props.consoleDistDir ?? paths.consoleDist,
    });
    this.api.function.addEnvironment('CONSOLE_ORIGIN', this.consoleHosting.url);

    new CfnOutput(this, 'ConsoleUrl', { value: this.consoleHosting.url, description: 'The console (and same-origin API)' });
    new CfnOutput(this, 'ApiUrl', { value: this.api.stage.url, description: 'The HTTP API, direct' });
    new CfnOutput(this, 'UserPoolId', { value: this.identity.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.identity.client.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
  }
}
