import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { acknowledge } from './nag.js';

/** The roles of the product; each is a Cognito group and arrives in the token as `cognito:groups`. */
export const roleGroups = ['operator', 'coordinator', 'ward_officer', 'province_staff'] as const;

/**
 * Cognito user pool for the console's users. Accounts are created by operators only; the tenant,
 * ward and province a user belongs to are custom attributes that the API reads from the ID token.
 */
export class Identity extends Construct {
  /** The user pool; its ID tokens are verified by the API with `aws-jwt-verify`. */
  public readonly userPool: cognito.UserPool;
  /** Public client used by the API's sign-in route and the console (no secret). */
  public readonly client: cognito.UserPoolClient;
  /** One group per role, keyed by the role name. */
  public readonly groups: Record<(typeof roleGroups)[number], cognito.UserPoolGroup>;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.userPool = new cognito.UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      signInCaseSensitive: false,
      standardAttributes: { email: { required: false, mutable: true } },
      customAttributes: {
        tenantId: new cognito.StringAttribute({ minLen: 3, maxLen: 3, mutable: true }),
        wardId: new cognito.StringAttribute({ minLen: 5, maxLen: 5, mutable: true }),
        provinceId: new cognito.StringAttribute({ minLen: 2, maxLen: 2, mutable: true }),
      },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.client = this.userPool.addClient('ConsoleClient', {
      generateSecret: false,
      // The console signs in through the API (USER_PASSWORD_AUTH) or SRP; no hosted UI, no redirects.
      disableOAuth: true,
      authFlows: { userPassword: true, userSrp: true },
      idTokenValidity: Duration.hours(8),
      preventUserExistenceErrors: true,
      // Custom attributes decide which tenant's data a user reaches: users may read them but only
      // operators (admin API) may write them, so the client's write list holds standard ones only.
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true })
        .withCustomAttributes('tenantId', 'wardId', 'provinceId'),
      writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ email: true }),
    });

    this.groups = Object.fromEntries(
      roleGroups.map((role) => [role, this.userPool.addGroup(`Group-${role}`, { groupName: role })]),
    ) as Identity['groups'];

    acknowledge(this.userPool, {
      'AwsSolutions-COG2':
        'MFA is offered (TOTP, optional) but not required: the API signs in with USER_PASSWORD_AUTH and does not yet answer the SOFTWARE_TOKEN_MFA challenge, so requiring MFA would lock every user out.',
      'AwsSolutions-COG8':
        'Threat protection (the Plus feature plan) is a paid Cognito tier; the pool stays on Essentials with a strong password policy, no self sign-up and client-side writes barred from the tenant attributes.',
    });
  }
}
