import { pino } from 'pino';

export type Logger = pino.Logger;

/** JSON logs on stdout. Secrets are redacted by path in case a caller logs a whole object. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    redact: {
      paths: [
        '*.password',
        '*.newPassword',
        '*.currentPassword',
        '*.token',
        '*.refreshToken',
        '*.authorization',
      ],
      censor: '[redacted]',
    },
  });
}
