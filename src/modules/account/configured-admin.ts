import type { AppContext } from '../../graphql/app-context.js';
import { createAdmin } from './users.service.js';

/** ADMIN_EMAIL / ADMIN_PASSWORD create the first administrator when that email is not taken yet. */
export async function ensureConfiguredAdmin(app: AppContext): Promise<void> {
  const { config, logger } = app;
  if (!config.adminEmail || !config.adminPassword) return;
  const outcome = await createAdmin(app.db, config.bcryptCost, {
    email: config.adminEmail,
    password: config.adminPassword,
  });
  if (outcome.created) logger.info({ userId: outcome.user.id }, 'created the administrator from ADMIN_EMAIL');
  else if (!outcome.reason.includes('already exists')) {
    throw new Error(`ADMIN_EMAIL/ADMIN_PASSWORD: ${outcome.reason}`);
  }
}
