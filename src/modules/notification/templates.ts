import type { EmailPayload } from './notification.tables.js';

export interface EmailContent {
  to: string;
  subject: string;
  /** Paragraphs of plain text. */
  paragraphs: string[];
  /** Optional call to action rendered as a link (HTML) and a bare URL (text). */
  action?: { label: string; url: string };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Renders one email in plain text and HTML from the same content. */
export function renderEmail(content: EmailContent): EmailPayload {
  const textParts = [...content.paragraphs];
  const htmlParts = content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`);
  if (content.action) {
    textParts.push(`${content.action.label}: ${content.action.url}`);
    htmlParts.push(
      `<p><a href="${escapeHtml(content.action.url)}">${escapeHtml(content.action.label)}</a></p>`,
    );
  }
  return {
    to: content.to,
    subject: content.subject,
    text: `${textParts.join('\n\n')}\n`,
    html: `<!doctype html><html><body>${htmlParts.join('')}</body></html>`,
  };
}
