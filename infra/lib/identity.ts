import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { acknowledge } from './nag.js';

/** The roles of the product; each is a Cognito group and arrives in the token as `cognito:groups`. */
export const roleGroups = ['operator', 'coordinator', 'ward_officer', 'province_staff'] as const;

/**
 * What Cognito sends a new account (with its one-time password) and a forgotten password's code.
 * `{username}` and `{####}` are Cognito's placeholders; an SMS stays under 140 characters.
 */
export const invitationMessage = {
  emailSubject: 'Tài khoản ANTQ của bạn',
  emailBody: [
    'Xin chào,',
    '<br><br>Bạn được cấp tài khoản trên Hệ thống điều phối phong trào "Toàn dân bảo vệ an ninh Tổ quốc".',
    '<br>Tên đăng nhập: <b>{username}</b>',
    '<br>Mật khẩu dùng một lần: <b>{####}</b>',
    '<br><br>Lần đăng nhập đầu tiên, hệ thống sẽ yêu cầu bạn đặt mật khẩu mới (ít nhất 12 ký tự, gồm chữ hoa, chữ thường, chữ số và ký tự đặc biệt).',
    ' Mật khẩu dùng một lần hết hạn sau 3 ngày; khi đó, xin liên hệ cán bộ đã tạo tài khoản để được cấp lại.',
  ].join(''),
  smsMessage: 'ANTQ: ten dang nhap {username}, mat khau dung mot lan {####}. Dang nhap va dat mat khau moi trong 3 ngay.',
} as const;

export const verificationMessage = {
  emailSubject: 'Mã đặt lại mật khẩu ANTQ',
  emailBody:
    'Mã xác minh để đặt lại mật khẩu của bạn trên Hệ thống điều phối phong trào "Toàn dân bảo vệ an ninh Tổ quốc" là <b>{####}</b>.<br>Nếu bạn không yêu cầu đặt lại mật khẩu, xin bỏ qua thư này.',
  smsMessage: 'ANTQ: ma xac minh dat lai mat khau cua ban la {####}.',
} as const;

export interface IdentityProps {
  /** The pool's name (`antq-prod`); CloudFormation names it when unset. */
  readonly userPoolName?: string;
  /** What a stack deletion does to the pool and its accounts (RETAIN unless a stage says otherwise). */
  readonly removalPolicy?: RemovalPolicy;
  readonly deletionProtection?: boolean;
}

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

  constructor(scope: Construct, id: string, props: IdentityProps = {}) {
    super(scope, id);
    this.userPool = new cognito.UserPool(this, 'UserPool', {
      ...(props.userPoolName && { userPoolName: props.userPoolName }),
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      signInCaseSensitive: false,
      userInvitation: invitationMessage,
      userVerification: { ...verificationMessage, emailStyle: cognito.VerificationEmailStyle.CODE },
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
      deletionProtection: props.deletionProtection ?? true,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
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
      // `name` must be readable or Cognito leaves it out of the ID token (the API shows it as the user's name).
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ fullname: true, email: true, emailVerified: true, phoneNumber: true, phoneNumberVerified: true })
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
