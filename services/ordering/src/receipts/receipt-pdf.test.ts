import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderReceiptPdf } from './receipt-pdf.ts';
import type { ReceiptData } from './receipt-service.ts';

const receipt = (lineCount: number): ReceiptData => ({
  operator: {
    name: 'Sở Công Thương tỉnh Quảng Ngãi',
    address: 'Số 294 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi',
    phone: '0255 3822 594',
    email: 'sct@quangngai.gov.vn',
  },
  order: { code: 'QNG-7K3F2', createdAt: new Date('2026-12-06T03:00:00Z'), status: 'delivered', note: 'Giao giờ hành chính' },
  seller: {
    name: 'Hợp tác xã Tỏi Lý Sơn',
    taxCode: '4300123456',
    address: 'Thôn Đông, Đặc khu Lý Sơn, Tỉnh Quảng Ngãi',
    phone: '0905123456',
    email: 'lienhe@example.vn',
  },
  buyer: { fullName: 'Nguyễn Thị Mua', email: 'mua@example.vn', phone: '0905123456', address: '12 Lê Lợi, Lý Sơn, Quảng Ngãi' },
  lines: Array.from({ length: lineCount }, (_, index) => ({
    name: `Tỏi cô đơn Lý Sơn loại đặc biệt, túi lưới số ${index + 1}`,
    unit: 'kg',
    quantity: 10,
    unitPrice: 123_000,
    lineTotal: 1_230_000,
  })),
  subtotal: 1_230_000 * lineCount,
  shippingFee: 30_000,
  vatIncluded: 0,
  total: 1_230_000 * lineCount + 30_000,
  totalInWords: 'Một triệu hai trăm sáu mươi nghìn đồng',
  payment: { method: 'cod', status: 'paid', paidAt: new Date('2026-12-07T03:00:00Z') },
});

async function pagesOf(data: ReceiptData): Promise<string[]> {
  const chunks: Buffer[] = [];
  const document = renderReceiptPdf(data);
  for await (const chunk of document) chunks.push(chunk as Buffer);
  const pdf = await getDocumentProxy(new Uint8Array(Buffer.concat(chunks)));
  const { text } = await extractText(pdf, { mergePages: false });
  return text.map((page) => page.replace(/\s+/g, ' '));
}

describe('renderReceiptPdf', () => {
  it('writes Vietnamese that reads back letter for letter (an i stays an i beside ị)', async () => {
    const [page] = await pagesOf(receipt(1));
    expect(page).toContain('Nguyễn Thị Mua');
    expect(page).toContain('Đơn vị vận hành Sàn giao dịch thương mại điện tử tỉnh Quảng Ngãi');
    expect(page).toContain('Địa chỉ giao hàng: 12 Lê Lợi, Lý Sơn, Quảng Ngãi');
    expect(page).not.toMatch(/gịao|Lợị|Ngãị/);
    expect(page).toContain('Số tiền bằng chữ: Một triệu hai trăm sáu mươi nghìn đồng.');
    expect(page).toContain('Mã số thuế: 4300123456');
    expect(page).toContain('Trạng thái đơn: Đã giao');
    expect(page).toContain('Tình trạng: Đã thanh toán (ngày 07/12/2026)');
    expect(page).toContain('Ngày đặt: 10:00 06/12/2026');
  });

  it('carries a long order over pages, the table header again on each, no line lost', async () => {
    const pages = await pagesOf(receipt(45));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages.slice(1)) expect(page).toContain('STT Tên hàng hoá ĐVT Số lượng Đơn giá Thành tiền');
    const all = pages.join(' ');
    for (let n = 1; n <= 45; n++) expect(all).toContain(`túi lưới số ${n} `);
    expect(pages.at(-1)).toContain('Tổng cộng thanh toán');
  });
});
