import { isUnavailable } from './auth/cognito-errors.js';
import { IdentityUnavailableError } from './auth/identity-provider.js';

/** How long a client should wait before repeating a request that met an unavailable dependency. */
export const RETRY_AFTER_SECONDS = 5;

export const unavailableMessage = 'Hệ thống tạm thời không kết nối được tới cơ sở dữ liệu hoặc dịch vụ xác thực. Vui lòng thử lại sau ít phút.';

/**
 * DynamoDB, STS or Cognito did not answer within its deadline (timeout, refused connection, DNS,
 * 5xx): nothing is known to have changed, and the same request may be sent again (503).
 */
export const dependencyUnavailable = (error: unknown): boolean => error instanceof IdentityUnavailableError || isUnavailable(error);
