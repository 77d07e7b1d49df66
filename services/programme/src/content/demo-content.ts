import type { Db } from '@tradeqn/db';
import { contents } from '../db/content-schema.ts';
import { sanitizeRichText } from './rich-text.ts';

/** The demo's items are by nobody in particular: the editorial board as a whole. */
const DEMO_AUTHOR = '00000000-0000-0000-0000-000000000000';

const ITEMS = [
  {
    kind: 'news',
    slug: 'quang-ngai-trien-khai-san-giao-dich-tmdt-cua-tinh',
    title: 'Quảng Ngãi triển khai Sàn giao dịch thương mại điện tử của tỉnh',
    summary:
      'Sở Công Thương đưa Sàn giao dịch TMĐT vào vận hành, giúp doanh nghiệp, hợp tác xã và hộ kinh doanh bán sản phẩm chủ lực của tỉnh trực tuyến.',
    bodyHtml:
      '<p>Sàn giao dịch thương mại điện tử tỉnh Quảng Ngãi là một nhiệm vụ của Chương trình phát triển thương mại điện tử của tỉnh.</p>' +
      '<h2>Ai được tham gia</h2><ul><li>Doanh nghiệp, hợp tác xã có đăng ký kinh doanh</li><li>Hộ kinh doanh, cá nhân bán sản phẩm địa phương</li></ul>' +
      '<p>Đăng ký gian hàng hoàn toàn trực tuyến; Sở Công Thương xác minh hồ sơ trước khi gian hàng được công khai.</p>',
  },
  {
    kind: 'announcement',
    slug: 'thong-bao-tap-huan-ban-hang-truc-tuyen-cho-hop-tac-xa',
    title: 'Thông báo tập huấn bán hàng trực tuyến cho hợp tác xã',
    summary: 'Sở Công Thương mở lớp tập huấn miễn phí về lập gian hàng, chụp ảnh sản phẩm và chăm sóc khách hàng trực tuyến.',
    bodyHtml:
      '<p>Các hợp tác xã có nhu cầu đăng ký tại trang <a href="https://sct.quangngai.gov.vn">Sở Công Thương</a> hoặc mục Đào tạo của Sàn.</p>',
  },
  {
    kind: 'handbook',
    slug: 'chuong-1-mo-gian-hang-tren-san',
    title: 'Mở gian hàng trên Sàn',
    chapter: 1,
    summary: 'Các bước đăng ký tài khoản, khai báo doanh nghiệp, tải giấy tờ và chờ Sở Công Thương xác minh.',
    bodyHtml:
      '<ol><li>Đăng ký tài khoản bằng địa chỉ email của doanh nghiệp.</li><li>Khai báo thông tin doanh nghiệp: mã số thuế, địa chỉ, người đại diện.</li>' +
      '<li>Tải giấy chứng nhận đăng ký kinh doanh (PDF hoặc ảnh).</li><li>Chờ Sở Công Thương xác minh, thường trong 3 ngày làm việc.</li></ol>',
  },
  {
    kind: 'legal',
    slug: 'nghi-dinh-52-2013-nd-cp-ve-thuong-mai-dien-tu',
    title: 'Nghị định 52/2013/NĐ-CP về thương mại điện tử',
    summary: 'Quy định về việc phát triển, ứng dụng và quản lý hoạt động thương mại điện tử.',
    docNumber: '52/2013/NĐ-CP',
    issuingBody: 'Chính phủ',
    issuedOn: '2013-05-16',
    effectiveOn: '2013-07-01',
    bodyHtml:
      '<p>Nghị định quy định về phát triển, ứng dụng và quản lý hoạt động thương mại điện tử; được sửa đổi, bổ sung bởi Nghị định 85/2021/NĐ-CP.</p>',
  },
  {
    kind: 'trade',
    slug: 'can-ban-toi-ly-son-vu-2025',
    title: 'Cần bán tỏi Lý Sơn vụ 2025',
    summary: 'Hợp tác xã cần bán tỏi cô đơn và tỏi nhiều tép, đóng bao 25 kg, giao tại cảng Sa Kỳ.',
    offerType: 'sell',
    product: 'Tỏi Lý Sơn',
    quantity: '20 tấn',
    contact: 'Hợp tác xã Nông nghiệp Lý Sơn, 0255 3867 123',
    bodyHtml: '<p>Tỏi khô, đã phân loại. Nhận đặt hàng theo lô từ 500 kg.</p>',
  },
] as const;

/** A few published items for the demo (DEMO_DATA=1): once each, by slug; an item an editor changed is left alone. */
export async function loadDemoContent(db: Db, now: Date = new Date()): Promise<void> {
  await db
    .insert(contents)
    .values(
      ITEMS.map((item) => ({
        ...item,
        bodyHtml: sanitizeRichText(item.bodyHtml),
        state: 'published',
        publishAt: now,
        authorId: DEMO_AUTHOR,
        publishedBy: DEMO_AUTHOR,
      })),
    )
    .onConflictDoNothing({ target: contents.slug });
}
