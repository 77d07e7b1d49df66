import { createRequire } from 'node:module';
import { formatDateTimeVn, formatDateVn, formatVnd } from '@tradeqn/vn';
import PDFDocument from 'pdfkit';
import type { ReceiptData } from './receipt-service.ts';

// Noto Sans from an npm package: every Vietnamese letter and tone mark, on a fresh clone, with no system font
const require = createRequire(import.meta.url);
const FONT_REGULAR = require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf');

const METHODS: Record<string, string> = {
  cod: 'Thanh toán khi nhận hàng (COD)',
  bank_transfer: 'Chuyển khoản ngân hàng (VietQR)',
  vnpay: 'VNPay',
  stripe: 'Thẻ quốc tế',
};
const PAYMENT_STATUSES: Record<string, string> = {
  pending: 'Chờ thanh toán',
  paid: 'Đã thanh toán',
  failed: 'Thanh toán thất bại',
  expired: 'Hết hạn thanh toán',
  refunded: 'Đã hoàn tiền',
};
const ORDER_STATUSES: Record<string, string> = {
  pending_payment: 'Chờ thanh toán',
  pending: 'Chờ xác nhận',
  confirmed: 'Đã xác nhận',
  shipping: 'Đang giao',
  delivered: 'Đã giao',
  completed: 'Hoàn tất',
  cancelled: 'Đã huỷ',
  refunded: 'Đã hoàn tiền',
};

/**
 * Noto Sans's `ccmp` feature splits ị into i + a combining dot, and fontkit then maps the plain i
 * glyph to ị in the text layer (a copied or searched "giao" reads "gịao"): shaping without it
 * keeps each precomposed Vietnamese letter (our text is NFC) on its own glyph. pdfkit hands the
 * object to fontkit as it is; its types know only the array form.
 */
const SHAPING = { ccmp: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[];
const shaped = (options: PDFKit.Mixins.TextOptions = {}): PDFKit.Mixins.TextOptions => ({ ...options, features: SHAPING });

const MARGIN = 48;
/** Columns of the lines table: no., goods, unit, quantity, unit price, amount (x from the left margin, width). */
const COLUMNS = [
  { title: 'STT', width: 30, align: 'center' },
  { title: 'Tên hàng hoá', width: 185, align: 'left' },
  { title: 'ĐVT', width: 50, align: 'center' },
  { title: 'Số lượng', width: 55, align: 'right' },
  { title: 'Đơn giá', width: 85, align: 'right' },
  { title: 'Thành tiền', width: 94, align: 'right' },
] as const;

/**
 * The order as a one-document receipt (A4, Vietnamese): who runs the exchange, the seller, the
 * buyer, the goods, the total in figures and in words, and where the payment stands. The
 * document is returned ended: pipe it to the answer, it streams as pdfkit writes.
 */
export function renderReceiptPdf(data: ReceiptData): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: false,
    info: {
      Title: `Biên nhận đơn hàng ${data.order.code}`,
      Author: data.operator.name,
      Subject: `Đơn hàng ${data.order.code} — ${data.seller.name}`,
    },
  });
  doc.registerFont('regular', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const width = doc.page.width - 2 * MARGIN;

  // the operator, as the law asks every paper of a trading platform to name it
  doc.font('bold').fontSize(11).text(data.operator.name.toUpperCase(), shaped());
  doc.font('regular').fontSize(9).text('Đơn vị vận hành Sàn giao dịch thương mại điện tử tỉnh Quảng Ngãi', shaped());
  doc.text(`Địa chỉ: ${data.operator.address}`, shaped());
  doc.text(`Điện thoại: ${data.operator.phone} · Thư điện tử: ${data.operator.email}`, shaped());
  doc.moveDown(1.2);

  doc
    .font('bold')
    .fontSize(15)
    .text('BIÊN NHẬN ĐƠN HÀNG — HỢP ĐỒNG MUA BÁN', shaped({ align: 'center' }));
  doc
    .font('regular')
    .fontSize(10)
    .text(`Mã đơn hàng: ${data.order.code} · Ngày đặt: ${formatDateTimeVn(data.order.createdAt)}`, shaped({ align: 'center' }));
  doc.text(`Trạng thái đơn: ${ORDER_STATUSES[data.order.status] ?? data.order.status}`, shaped({ align: 'center' }));
  doc.moveDown(1);

  section(doc, 'BÊN BÁN');
  field(doc, 'Tên người bán', data.seller.name);
  field(doc, 'Mã số thuế', data.seller.taxCode ?? '—');
  field(doc, 'Địa chỉ', data.seller.address ?? '—');
  if (data.seller.phone || data.seller.email) {
    field(doc, 'Liên hệ', [data.seller.phone, data.seller.email].filter(Boolean).join(' · '));
  }
  doc.moveDown(0.6);

  section(doc, 'BÊN MUA');
  field(doc, 'Người nhận', data.buyer.fullName);
  field(doc, 'Điện thoại', data.buyer.phone);
  if (data.buyer.email) field(doc, 'Thư điện tử', data.buyer.email);
  field(doc, 'Địa chỉ giao hàng', data.buyer.address);
  if (data.order.note) field(doc, 'Ghi chú', data.order.note);
  doc.moveDown(0.8);

  linesTable(doc, data, width);
  doc.moveDown(0.6);

  total(doc, 'Cộng tiền hàng', formatVnd(data.subtotal), width);
  total(doc, 'Phí giao hàng', formatVnd(data.shippingFee), width);
  total(doc, 'Tổng cộng thanh toán', formatVnd(data.total), width, true);
  if (data.vatIncluded > 0) total(doc, 'Trong đó thuế GTGT', formatVnd(data.vatIncluded), width);
  doc.moveDown(0.4);
  doc.x = MARGIN;
  doc
    .font('bold')
    .fontSize(10)
    .text('Số tiền bằng chữ: ', shaped({ continued: true }));
  doc.font('regular').text(`${data.totalInWords}.`, shaped());
  doc.moveDown(0.8);

  section(doc, 'THANH TOÁN');
  field(doc, 'Phương thức', METHODS[data.payment.method] ?? data.payment.method);
  field(
    doc,
    'Tình trạng',
    `${PAYMENT_STATUSES[data.payment.status] ?? data.payment.status}${data.payment.paidAt ? ` (ngày ${formatDateVn(data.payment.paidAt)})` : ''}`,
  );
  doc.moveDown(1.2);

  doc
    .font('regular')
    .fontSize(8)
    .fillColor('#444444')
    .text(
      `Biên nhận do ${data.operator.name} lập tự động từ dữ liệu đơn hàng trên sàn, ngày ${formatDateVn(new Date())}. ` +
        'Giá đã gồm thuế GTGT. Biên nhận này không thay thế hoá đơn điện tử do người bán xuất theo quy định.',
      MARGIN,
      undefined,
      shaped({ width }),
    );
  doc.end();
  return doc;
}

function section(doc: PDFKit.PDFDocument, title: string) {
  doc.x = MARGIN;
  doc.font('bold').fontSize(10.5).fillColor('#000000').text(title, shaped());
  doc.moveDown(0.2);
}

function field(doc: PDFKit.PDFDocument, label: string, value: string) {
  doc.x = MARGIN;
  doc
    .font('bold')
    .fontSize(10)
    .text(`${label}: `, shaped({ continued: true }));
  doc.font('regular').text(value, shaped());
}

function total(doc: PDFKit.PDFDocument, label: string, value: string, width: number, strong = false) {
  // the label and its amount stay on one page
  if (doc.y + 20 > doc.page.height - MARGIN) doc.addPage();
  const y = doc.y;
  doc.font(strong ? 'bold' : 'regular').fontSize(strong ? 11 : 10);
  doc.text(label, MARGIN, y, shaped({ width: width - 130, align: 'right' }));
  doc.text(value, MARGIN + width - 120, y, shaped({ width: 120, align: 'right' }));
  doc.x = MARGIN;
}

function linesTable(doc: PDFKit.PDFDocument, data: ReceiptData, width: number) {
  const padding = 4;
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(9.5);
    const height =
      Math.max(
        ...cells.map((cell, index) => doc.heightOfString(cell, shaped({ width: (COLUMNS[index]?.width ?? 0) - 2 * padding }))),
      ) +
      2 * padding;
    // a row never splits across pages; the header comes again on the new page
    if (doc.y + height > doc.page.height - MARGIN) {
      doc.addPage();
      if (!bold) {
        row(
          COLUMNS.map((column) => column.title),
          true,
        );
        doc.font('regular').fontSize(9.5);
      }
    }
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, index) => {
      const column = COLUMNS[index];
      if (!column) return;
      doc.text(cell, x + padding, top + padding, shaped({ width: column.width - 2 * padding, align: column.align }));
      x += column.width;
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + width, top + height)
      .lineWidth(bold ? 0.8 : 0.4)
      .strokeColor('#888888')
      .stroke();
    doc.x = MARGIN;
    doc.y = top + height;
  };
  row(
    COLUMNS.map((column) => column.title),
    true,
  );
  data.lines.forEach((line, index) => {
    row(
      [
        String(index + 1),
        line.name,
        line.unit,
        line.quantity.toLocaleString('vi-VN'),
        formatVnd(line.unitPrice),
        formatVnd(line.lineTotal),
      ],
      false,
    );
  });
}
