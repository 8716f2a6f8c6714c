import { renderEmail } from '../notification/templates.js';

/** Account emails. Links point at the storefront, which passes the token to the API. */
export const accountEmails = {
  verification(storefrontUrl: string, to: string, name: string, token: string) {
    return renderEmail({
      to,
      subject: 'Confirm your email address',
      paragraphs: [`Hello ${name},`, 'Please confirm your email address to finish setting up your account.'],
      action: { label: 'Confirm email', url: `${storefrontUrl}/account/verify-email?token=${token}` },
    });
  },
  emailChange(storefrontUrl: string, to: string, name: string, token: string) {
    return renderEmail({
      to,
      subject: 'Confirm your new email address',
      paragraphs: [
        `Hello ${name},`,
        'You asked to use this address for your account. It takes effect once you confirm it.',
      ],
      action: { label: 'Confirm new email', url: `${storefrontUrl}/account/verify-email?token=${token}` },
    });
  },
  passwordReset(storefrontUrl: string, to: string, name: string, token: string, ttlMinutes: number) {
    return renderEmail({
      to,
      subject: 'Reset your password',
      paragraphs: [
        `Hello ${name},`,
        `Someone asked to reset the password of your account. The link works once, for ${ttlMinutes} minutes.`,
        'If it was not you, ignore this email: your password stays as it is.',
      ],
      action: {
        label: 'Choose a new password',
        url: `${storefrontUrl}/account/reset-password?token=${token}`,
      },
    });
  },
  passwordChanged(to: string, name: string) {
    return renderEmail({
      to,
      subject: 'Your password was changed',
      paragraphs: [
        `Hello ${name},`,
        'The password of your account was just changed and your other sessions were signed out.',
        'If this was not you, reset your password right away and contact us.',
      ],
    });
  },
};
