import { roles, type SessionUser } from '@antq/domain';
import { z } from 'zod';

// The claim names are Cognito's (groups and custom attributes); the local issuer mints the same
// ones, so one mapping serves both and nothing downstream knows which issuer signed the token.
const tokenClaims = z.object({
  sub: z.string().min(1),
  'cognito:username': z.string().min(1),
  'cognito:groups': z.array(z.string()).default([]),
  name: z.string().optional(),
  'custom:tenantId': z.string().regex(/^\d{3}$/).optional(),
  'custom:wardId': z.string().regex(/^\d{5}$/).optional(),
  'custom:provinceId': z.string().regex(/^\d{2}$/).optional(),
});

/** Builds the session user from a verified token's payload; undefined when the claims are unusable. */
export function sessionUserFromClaims(payload: unknown): SessionUser | undefined {
  const parsed = tokenClaims.safeParse(payload);
  if (!parsed.success) return undefined;
  const claims = parsed.data;
  const userRoles = claims['cognito:groups'].filter((g): g is SessionUser['roles'][number] =>
    (roles as readonly string[]).includes(g),
  );
  return {
    sub: claims.sub,
    username: claims['cognito:username'],
    displayName: claims.name ?? claims['cognito:username'],
    roles: userRoles,
    tenantId: claims['custom:tenantId'],
    wardId: claims['custom:wardId'],
    provinceId: claims['custom:provinceId'],
  };
}

/**
 * The token's own id (`jti`; Cognito's ID tokens carry one too) and expiry, so a signed-out token
 * can be refused until it would have expired anyway.
 */
export function tokenIdOf(payload: unknown): string | undefined {
  const jti = (payload as { jti?: unknown } | undefined)?.jti;
  return typeof jti === 'string' && jti.length > 0 && jti.length <= 200 ? jti : undefined;
}

export function expiryOfClaims(payload: unknown): number | undefined {
  const exp = (payload as { exp?: unknown } | undefined)?.exp;
  return typeof exp === 'number' ? exp : undefined;
}
