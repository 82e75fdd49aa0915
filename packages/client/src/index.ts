export { createAntqClient, signIn, SignInError, TRPCClientError, type AntqClient, type ClientOptions } from './client.js';
