/** What the console's sign-in form calls: a token for a username and password, or null. */
export interface SignInProvider {
  signIn(username: string, password: string): Promise<{ token: string; expiresAt: string } | null>;
}
