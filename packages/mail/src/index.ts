export { type EmailContent, escapeHtml, renderEmail } from './layout.ts';
export { createMailer, type Mailer, type MailerOptions, type MailMessage } from './mailer.ts';
