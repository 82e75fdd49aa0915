import type { SignInProvider } from './sign-in.js';

/**
 * Signs in against Cognito with USER_PASSWORD_AUTH. InitiateAuth is an unauthenticated call,
 * so a plain fetch does it and the Lambda bundle carries no Cognito SDK.
 */
export function cognitoSignIn(region: string, clientId: string): SignInProvider {
  return {
    async signIn(username, password) {
      const response = await fetch(`https://cognito-idp.${region}.amazonaws.com/`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth',
        },
        body: JSON.stringify({
          AuthFlow: 'USER_PASSWORD_AUTH',
          ClientId: clientId,
          AuthParameters: { USERNAME: username, PASSWORD: password },
        }),
      });
      if (response.status === 400) return null;
      if (!response.ok) throw new Error(`Cognito InitiateAuth answered ${response.status}`);
      const body = (await response.json()) as { AuthenticationResult?: { IdToken: string; ExpiresIn: number } };
      const result = body.AuthenticationResult;
      if (!result) return null;
      return { token: result.IdToken, expiresAt: new Date(Date.now() + result.ExpiresIn * 1000).toISOString() };
    },
  };
}
