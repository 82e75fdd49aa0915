import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { identityTemplate } from '../../infra/test/support/identity-template.js';

/** One cognito-local process, configured with the stack's user pool, client and groups. */
export interface CognitoLocal {
  /** The endpoint the AWS SDK is pointed at (`endpoint` option / COGNITO_ENDPOINT). */
  endpoint: string;
  region: string;
  userPoolId: string;
  clientId: string;
  /** The `iss` of its tokens: `<endpoint>/<userPoolId>`. */
  issuer: string;
  jwksUri: string;
  /** What the stack's template gave CreateUserPoolClient and CreateGroup, for assertions. */
  configured: { explicitAuthFlows: string[]; groups: string[]; passwordPolicy: Record<string, unknown> };
  /** The codes cognito-local "sent" (it prints them instead of mailing): invitations and reset codes. */
  deliveries(): Delivery[];
  /** Waits for the next code delivered to this username (it is printed just after the call returns). */
  nextCode(username: string, after?: number): Promise<string>;
  /** An admin call without the SDK (cognito-local does not check signatures), for setup and inspection. */
  call<T = Record<string, unknown>>(target: string, body: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

export interface Delivery {
  username: string;
  destination: string;
  code: string;
}

const require = createRequire(import.meta.url);
const entry = join(dirname(require.resolve('cognito-local/package.json')), 'lib/bin/start.js');

/**
 * Starts cognito-local (the npm emulator of the Cognito user pool API) on a random loopback port
 * with its data in a fresh temporary directory, then creates in it the user pool the CDK stack
 * defines: CreateUserPool with the template's password policy, schema (custom attributes),
 * aliases, invitation and verification messages; CreateUserPoolClient with its auth flows and
 * token validity; CreateGroup for each group.
 */
export async function startCognitoLocal(): Promise<CognitoLocal> {
  const template = identityTemplate();
  const dir = mkdtempSync(join(tmpdir(), 'antq-cognito-local-'));
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  mkdirSync(join(dir, '.cognito'));
  // cognito-local's default makes e-mail the username (UsernameAttributes ["email"]); the stack's
  // pool has usernames with e-mail as an alias, so the default is replaced by the template's.
  writeFileSync(
    join(dir, '.cognito/config.json'),
    JSON.stringify({ UserPoolDefaults: { UsernameAttributes: template.userPool.UsernameAttributes ?? [] }, TokenConfig: { IssuerDomain: endpoint } }),
  );
  const child = spawn(process.execPath, [entry], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: String(port), NODE_NO_WARNINGS: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));

  const stop = async () => {
    await kill(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(endpoint, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }

  const call = async <T = Record<string, unknown>>(target: string, body: Record<string, unknown>): Promise<T> => {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${target}` },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as T & { __type?: string; message?: string };
    if (!res.ok) throw new Error(`cognito-local ${target}: ${res.status} ${json.__type ?? ''} ${json.message ?? ''}`);
    return json;
  };

  try {
    const pool = template.userPool;
    const { UserPool } = await call<{ UserPool: { Id: string } }>('CreateUserPool', {
      PoolName: 'antq',
      Policies: pool.Policies,
      Schema: pool.Schema,
      AliasAttributes: pool.AliasAttributes,
      UsernameAttributes: pool.UsernameAttributes,
      UsernameConfiguration: pool.UsernameConfiguration,
      AdminCreateUserConfig: pool.AdminCreateUserConfig,
      AccountRecoverySetting: pool.AccountRecoverySetting,
      AutoVerifiedAttributes: pool.AutoVerifiedAttributes,
      MfaConfiguration: pool.MfaConfiguration,
      VerificationMessageTemplate: pool.VerificationMessageTemplate,
      DeletionProtection: pool.DeletionProtection,
    });
    const client = template.client;
    const { UserPoolClient } = await call<{ UserPoolClient: { ClientId: string } }>('CreateUserPoolClient', {
      UserPoolId: UserPool.Id,
      ClientName: 'console',
      GenerateSecret: client.GenerateSecret,
      ExplicitAuthFlows: client.ExplicitAuthFlows,
      AccessTokenValidity: client.AccessTokenValidity,
      IdTokenValidity: client.IdTokenValidity,
      RefreshTokenValidity: client.RefreshTokenValidity,
      TokenValidityUnits: client.TokenValidityUnits,
      ReadAttributes: client.ReadAttributes,
      WriteAttributes: client.WriteAttributes,
      PreventUserExistenceErrors: client.PreventUserExistenceErrors,
      EnableTokenRevocation: client.EnableTokenRevocation,
    });
    for (const group of template.groups) {
      await call('CreateGroup', { UserPoolId: UserPool.Id, GroupName: group.GroupName, Description: group.Description, Precedence: group.Precedence });
    }

    const deliveries = () => parseDeliveries(output);
    return {
      endpoint,
      region: 'local',
      userPoolId: UserPool.Id,
      clientId: UserPoolClient.ClientId,
      issuer: `${endpoint}/${UserPool.Id}`,
      jwksUri: `${endpoint}/${UserPool.Id}/.well-known/jwks.json`,
      configured: {
        explicitAuthFlows: client.ExplicitAuthFlows,
        groups: template.groups.map((g) => g.GroupName as string),
        passwordPolicy: pool.Policies.PasswordPolicy,
      },
      deliveries,
      async nextCode(username, after = 0) {
        for (let waited = 0; waited < 3000; waited += 50) {
          const found = deliveries().filter((d) => d.username === username).slice(after);
          if (found[0]) return found[0].code;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        throw new Error(`cognito-local delivered no code to ${username}`);
      },
      call,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The boxes cognito-local prints for every code it would have sent (ANSI colours removed). */
function parseDeliveries(output: string): Delivery[] {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  return plain
    .split('Confirmation Code Delivery')
    .slice(1)
    .map((box) => ({
      username: /Username:\s+(\S+)/.exec(box)?.[1] ?? '',
      destination: /Destination:\s+(\S+)/.exec(box)?.[1] ?? '',
      code: /Code:\s+(\S+)/.exec(box)?.[1] ?? '',
    }));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('No port');
  return address.port;
}

async function waitForHealth(endpoint: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`cognito-local exited (${child.exitCode}):\n${output()}`);
    try {
      const res = await fetch(`${endpoint}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`cognito-local did not start within 30 s:\n${output()}`);
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}
