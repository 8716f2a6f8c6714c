import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Request, Response, Router } from 'express';
import type { Executor } from '../../db/client.js';
import { inTransaction } from '../../db/transact.js';
import type { AppContext } from '../../graphql/app-context.js';
import type { RequestContext } from '../../graphql/context.js';
import { unauthenticated } from '../../graphql/errors.js';
import { sessions, users } from './account.tables.js';
import { type AccountDataSections, accountDataExporting } from './account-hooks.js';
import { signExportToken, verifyExportToken } from './data-export-link.js';

/**
 * The personal data export (README "Deleting an account" › "Your data"): accountDataExport answers a
 * signed link valid for DATA_EXPORT_LINK_TTL; GET on it answers the JSON document, assembled when it is
 * downloaded from every domain's part (the `accountDataExporting` hook) in one read transaction.
 */

export const DATA_EXPORT_PATH = '/account/data-export';

/** The `format` of the document: bumped when a section changes shape. */
export const DATA_EXPORT_FORMAT = 'storefront-account-data/1';

export interface DataExportLink {
  url: string;
  expiresAt: Date;
}

/** A download link for the caller's own data, tied to the caller's login. */
export async function createDataExportLink(ctx: RequestContext): Promise<DataExportLink> {
  const viewer = await ctx.viewer();
  if (!viewer) throw unauthenticated();
  const { config } = ctx.app;
  const expiresAt = Math.floor(Date.now() / 1000) + config.dataExportLinkTtl;
  const token = signExportToken(config.jwtSecret, {
    userId: viewer.id,
    sessionId: viewer.sessionId,
    expiresAt,
  });
  const url = new URL(DATA_EXPORT_PATH, config.publicUrl);
  url.searchParams.set('token', token);
  return { url: url.toString(), expiresAt: new Date(expiresAt * 1000) };
}

/** The account's own section: the profile and the open logins. */
async function exportProfile(executor: Executor, userId: string, sections: AccountDataSections) {
  const [user] = await executor.select().from(users).where(eq(users.id, userId));
  if (!user) return;
  sections.profile = {
    id: user.id,
    email: user.email,
    name: user.name,
    phone: user.phone,
    role: user.role,
    emailVerifiedAt: user.emailVerifiedAt,
    pendingEmail: user.pendingEmail,
    lastLoginAt: user.lastLoginAt,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
  sections.logins = await executor
    .select({
      createdAt: sessions.createdAt,
      expiresAt: sessions.expiresAt,
      revokedAt: sessions.revokedAt,
      userAgent: sessions.userAgent,
      ip: sessions.ip,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(asc(sessions.createdAt), asc(sessions.id));
}

/** The whole document for one user, read in one transaction so its parts agree with each other. */
export async function assembleDataExport(
  executor: Executor,
  userId: string,
): Promise<Record<string, unknown>> {
  const sections: AccountDataSections = {};
  await exportProfile(executor, userId, sections);
  await accountDataExporting.run(executor, userId, sections);
  return { format: DATA_EXPORT_FORMAT, exportedAt: new Date().toISOString(), ...sections };
}

function refuse(res: Response, status: number, message: string): void {
  res.status(status).setHeader('Cache-Control', 'no-store');
  res.type('text/plain; charset=utf-8').send(`${message}\n`);
}

function downloadHandler(app: AppContext) {
  return async (req: Request, res: Response): Promise<void> => {
    const token = typeof req.query.token === 'string' ? req.query.token : undefined;
    const check = verifyExportToken(app.config.jwtSecret, token, Math.floor(Date.now() / 1000));
    if (!check.ok && check.reason === 'EXPIRED') {
      return refuse(res, 410, 'This download link has expired: ask for a new one (accountDataExport).');
    }
    if (!check.ok) return refuse(res, 403, 'This download link is not valid.');
    const { userId, sessionId } = check.claims;
    const document = await inTransaction(app.db, async (tx) => {
      const [login] = await tx
        .select({ id: sessions.id })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(
          and(
            eq(sessions.id, sessionId),
            eq(sessions.userId, userId),
            isNull(sessions.revokedAt),
            gt(sessions.expiresAt, new Date()),
            isNull(users.disabledAt),
          ),
        );
      return login ? assembleDataExport(tx, userId) : null;
    });
    if (!document) {
      return refuse(res, 410, 'The login that asked for this link has ended: sign in and ask for a new one.');
    }
    const day = new Date().toISOString().slice(0, 10);
    res.status(200);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="account-data-${day}.json"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(JSON.stringify(document, null, 2));
  };
}

/** Mounts GET /account/data-export (the account module's `routes`). */
export function mountDataExport(router: Router, app: AppContext): void {
  const handler = downloadHandler(app);
  router.get(DATA_EXPORT_PATH, (req, res) => {
    handler(req, res).catch((err: unknown) => {
      app.logger.error({ err }, 'personal data export failed');
      if (!res.headersSent) refuse(res, 500, 'The export failed.');
      else res.destroy();
    });
  });
}
