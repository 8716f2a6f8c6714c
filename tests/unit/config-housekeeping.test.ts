import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const SECRET = 'x'.repeat(32);

describe('housekeeping settings', () => {
  it('default to an hourly pass of 500-row batches and the documented retentions', () => {
    expect(loadConfig({ JWT_SECRET: SECRET }).housekeeping).toEqual({
      intervalSeconds: 3600,
      batchSize: 500,
      sessionRetention: 30 * 86400,
      oneTimeTokenRetention: 7 * 86400,
      outboxRetention: 30 * 86400,
      webhookDeliveryRetention: 30 * 86400,
    });
  });

  it('read durations and the batch size', () => {
    const config = loadConfig({
      JWT_SECRET: SECRET,
      HOUSEKEEPING_INTERVAL: '15m',
      HOUSEKEEPING_BATCH_SIZE: '50',
      SESSION_RETENTION: '90d',
      ONE_TIME_TOKEN_RETENTION: '1d',
      OUTBOX_RETENTION: '12h',
      WEBHOOK_DELIVERY_RETENTION: '7d',
    });
    expect(config.housekeeping).toEqual({
      intervalSeconds: 900,
      batchSize: 50,
      sessionRetention: 90 * 86400,
      oneTimeTokenRetention: 86400,
      outboxRetention: 12 * 3600,
      webhookDeliveryRetention: 7 * 86400,
    });
  });

  it('refuses bad values, naming each setting', () => {
    let error: unknown;
    try {
      loadConfig({
        JWT_SECRET: SECRET,
        HOUSEKEEPING_INTERVAL: 'hourly',
        HOUSEKEEPING_BATCH_SIZE: '0',
        SESSION_RETENTION: '-1d',
        OUTBOX_RETENTION: '0',
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    for (const name of [
      'HOUSEKEEPING_INTERVAL',
      'HOUSEKEEPING_BATCH_SIZE',
      'SESSION_RETENTION',
      'OUTBOX_RETENTION',
    ]) {
      expect(problems.some((p) => p.startsWith(name))).toBe(true);
    }
  });
});
