import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { certificateBuffer } from './certificate-pdf.ts';

describe('the certificate of attendance', () => {
  it('names the person, the course and its dates in Vietnamese, as text a reader can copy', async () => {
    const pdf = await certificateBuffer({
      issuer: 'Sở Công Thương tỉnh Quảng Ngãi',
      registration: {
        id: '7d1c0f5e-1111-4222-8333-444455556666',
        eventId: '5e8f0c1a-1111-4222-8333-444455556666',
        fullName: 'Nguyễn Thị Kiều Trinh',
        email: 'trinh@pdu.edu.vn',
        phone: null,
        organisation: 'Trường Đại học Phạm Văn Đồng',
        attendedAt: '2026-12-17T04:00:00.000Z',
        createdAt: '2026-12-07T04:00:00.000Z',
      },
      event: {
        id: '5e8f0c1a-1111-4222-8333-444455556666',
        kind: 'training',
        title: 'Bán hàng trên sàn thương mại điện tử',
        description: '',
        audience: 'students',
        startsAt: '2026-12-17T01:00:00.000Z',
        endsAt: '2026-12-17T04:00:00.000Z',
        place: 'Trường Đại học Phạm Văn Đồng',
        onlineUrl: null,
        capacity: 60,
        registeredCount: 42,
        seatsLeft: 18,
        isOpen: false,
      },
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain('GIẤY CHỨNG NHẬN');
    expect(text).toContain('Nguyễn Thị Kiều Trinh');
    expect(text).toContain('đã tham dự khoá đào tạo');
    expect(text).toContain('Bán hàng trên sàn thương mại điện tử');
    expect(text).toContain('ngày 17/12/2026');
  });
});
