import { createRequire } from 'node:module';
import { formatDateVn } from '@tradeqn/vn';
import PDFDocument from 'pdfkit';
import type { RegistrationDto, TrainingEventDto } from './training-schemas.ts';

// the same Noto Sans the receipts use (an npm package: every Vietnamese letter, no system font)
const require = createRequire(import.meta.url);
const FONT_REGULAR = require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf');
/** Without `ccmp` each precomposed Vietnamese letter keeps its own glyph in the text layer (see ordering's receipt). */
const SHAPING = { ccmp: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[];

const KINDS: Record<string, string> = { training: 'khoá đào tạo', workshop: 'hội thảo', fair: 'hội chợ' };

/** A certificate of attendance (A4 landscape, Vietnamese), returned ended: pipe it to the answer or collect it. */
export function renderCertificatePdf(input: {
  registration: RegistrationDto;
  event: TrainingEventDto;
  issuer: string;
}): PDFKit.PDFDocument {
  const { registration, event } = input;
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 60,
    info: { Title: `Giấy chứng nhận — ${registration.fullName}`, Author: input.issuer, Subject: event.title },
  });
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const text = { align: 'center' as const, features: SHAPING };
  doc.font('bold').fontSize(13).text(input.issuer.toUpperCase(), text);
  doc.font('regular').fontSize(11).text('Sàn giao dịch thương mại điện tử tỉnh Quảng Ngãi', text);
  doc.moveDown(2.5);
  doc.font('bold').fontSize(30).text('GIẤY CHỨNG NHẬN', text);
  doc.moveDown(1);
  doc.font('regular').fontSize(14).text('Chứng nhận', text);
  doc.moveDown(0.5);
  doc.font('bold').fontSize(24).text(registration.fullName, text);
  if (registration.organisation) doc.font('regular').fontSize(13).text(registration.organisation, text);
  doc.moveDown(1);
  doc
    .font('regular')
    .fontSize(14)
    .text(`đã tham dự ${KINDS[event.kind] ?? 'sự kiện'}`, text);
  doc.font('bold').fontSize(18).text(`“${event.title}”`, text);
  doc.moveDown(0.5);
  const days =
    formatDateVn(event.startsAt) === formatDateVn(event.endsAt)
      ? `ngày ${formatDateVn(event.startsAt)}`
      : `từ ngày ${formatDateVn(event.startsAt)} đến ngày ${formatDateVn(event.endsAt)}`;
  doc.font('regular').fontSize(13).text([days, event.place].filter(Boolean).join(', tại '), text);
  doc.moveDown(2);
  doc.fontSize(10).text(`Mã chứng nhận: ${registration.id}`, text);
  doc.end();
  return doc;
}

/** The whole file, for an e-mail attachment. */
export async function certificateBuffer(input: Parameters<typeof renderCertificatePdf>[0]): Promise<Buffer> {
  const doc = renderCertificatePdf(input);
  const chunks: Buffer[] = [];
  for await (const chunk of doc) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
