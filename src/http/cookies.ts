import { parse } from 'cookie';
import type { Request, Response } from 'express';

/** Cookie access for resolvers, without handing them the raw request and response. */
export interface HttpCookies {
  get(name: string): string | undefined;
  set(name: string, value: string, options: { maxAgeSeconds: number; path: string; secure: boolean }): void;
  clear(name: string, options: { path: string; secure: boolean }): void;
}

export function expressCookies(req: Request, res: Response): HttpCookies {
  let parsed: Record<string, string | undefined> | undefined;
  return {
    get(name) {
      parsed ??= parse(req.headers.cookie ?? '');
      return parsed[name];
    },
    set(name, value, options) {
      res.cookie(name, value, {
        httpOnly: true,
        sameSite: 'lax',
        secure: options.secure,
        path: options.path,
        maxAge: options.maxAgeSeconds * 1000,
      });
    },
    clear(name, options) {
      res.clearCookie(name, { httpOnly: true, sameSite: 'lax', secure: options.secure, path: options.path });
    },
  };
}
