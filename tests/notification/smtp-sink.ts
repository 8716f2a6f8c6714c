import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { waitFor } from '../support/wait-for.js';

/** One MIME part (or the whole message when it is not multipart), with its body decoded. */
export interface MimePart {
  headers: Map<string, string>;
  contentType: string;
  body: string;
}

export interface ReceivedMail {
  /** RCPT TO addresses of the SMTP envelope. */
  envelopeTo: string[];
  envelopeFrom: string | null;
  headers: Map<string, string>;
  /** Leaf parts: one for a single-part message, text and HTML for multipart/alternative. */
  parts: MimePart[];
  raw: string;
}

export interface SmtpSink {
  url: string;
  /** Messages the server accepted, in arrival order. */
  received: ReceivedMail[];
  /** Every DATA the server saw, accepted or rejected. */
  dataAttempts: number;
  /** Waits until `count` messages were accepted. */
  waitForMessages(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

export interface SmtpSinkOptions {
  /** Return an error message to reject this delivery attempt (1-based) with a 451, or null to accept. */
  reject?: (attempt: number) => string | null;
}

/** A real SMTP server on 127.0.0.1 (random port) that keeps what it receives. */
export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const sink: SmtpSink = {
    url: '',
    received: [],
    dataAttempts: 0,
    waitForMessages: (count, timeoutMs = 10_000) =>
      waitFor(
        () => `${count} message(s) at the SMTP server, got ${sink.received.length}`,
        () => sink.received.length >= count && sink.received,
        { timeoutMs },
      ),
    close: async () => {},
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        sink.dataAttempts += 1;
        const rejection = options.reject?.(sink.dataAttempts) ?? null;
        if (rejection !== null) {
          const err = Object.assign(new Error(rejection), { responseCode: 451 });
          callback(err);
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const mailFrom = session.envelope.mailFrom;
        sink.received.push({
          envelopeTo: session.envelope.rcptTo.map((a) => a.address),
          envelopeFrom: mailFrom ? mailFrom.address : null,
          ...parseMessage(raw),
          raw,
        });
        callback(null);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  sink.url = `smtp://127.0.0.1:${port}`;
  sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return sink;
}

/** Splits a header block into lower-cased names and unfolded values. */
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function splitHeadersAndBody(raw: string): { headers: Map<string, string>; body: string } {
  const match = /\r?\n\r?\n/.exec(raw);
  if (!match) return { headers: parseHeaders(raw), body: '' };
  return { headers: parseHeaders(raw.slice(0, match.index)), body: raw.slice(match.index + match[0].length) };
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch (encoding?.toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable': {
      const bytes = body
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
      return Buffer.from(bytes, 'latin1').toString('utf8');
    }
    default:
      return body;
  }
}

function parsePart(raw: string): MimePart[] {
  const { headers, body } = splitHeadersAndBody(raw);
  const contentType = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (/^multipart\//i.test(contentType) && boundary) {
    const sections = body.split(`--${boundary}`);
    // sections[0] is the preamble; the last one starts with "--" (the closing delimiter).
    return sections
      .slice(1)
      .filter((section) => !section.startsWith('--'))
      .flatMap((section) => parsePart(section.replace(/^\r?\n/, '')));
  }
  return [
    {
      headers,
      contentType: contentType.split(';')[0]?.trim().toLowerCase() ?? '',
      body: decodeBody(body, headers.get('content-transfer-encoding')),
    },
  ];
}

function parseMessage(raw: string): { headers: Map<string, string>; parts: MimePart[] } {
  return { headers: splitHeadersAndBody(raw).headers, parts: parsePart(raw) };
}
