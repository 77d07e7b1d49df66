/** The look every e-mail shares; each service writes its own wording on top of it. */
export interface EmailContent {
  /** Greeting line, e.g. "Xin chào Nguyễn Văn A,". */
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Small print under the button, e.g. how long a link is valid. */
  note?: string;
}

const SITE_NAME = 'Sàn giao dịch TMĐT Quảng Ngãi';

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );
}

export function renderEmail(content: EmailContent): { html: string; text: string } {
  const paragraphs = content.paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join('\n');
  const action = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#0b6e4f;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(content.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#555">${escapeHtml(content.action.url)}</p>`
    : '';
  const note = content.note ? `<p style="margin:0 0 16px;font-size:13px;color:#555">${escapeHtml(content.note)}</p>` : '';
  const html = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(SITE_NAME)}</title></head>
<body style="margin:0;padding:24px;background:#f4f6f5;font-family:Arial,Helvetica,sans-serif;color:#1d2b25">
<div style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:32px">
<p style="margin:0 0 24px;font-weight:700;color:#0b6e4f">${escapeHtml(SITE_NAME)}</p>
<p style="margin:0 0 16px">${escapeHtml(content.greeting)}</p>
${paragraphs}
${action}
${note}
<hr style="border:none;border-top:1px solid #e3e8e6;margin:24px 0">
<p style="margin:0;font-size:12px;color:#777">Thư này được gửi tự động, vui lòng không trả lời. — This is an automated message.</p>
</div></body></html>`;
  const text = [
    SITE_NAME,
    '',
    content.greeting,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    ...(content.note ? [content.note, ''] : []),
    '--',
    'Thư này được gửi tự động, vui lòng không trả lời.',
  ].join('\n');
  return { html, text };
}
