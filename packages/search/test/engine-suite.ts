import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument, SearchEngine } from '../src/search-engine.ts';

/** The same catalogue and the same expectations for every engine. */
export const enterpriseA = '11111111-1111-4111-8111-111111111111';
export const enterpriseB = '22222222-2222-4222-8222-222222222222';
export const products: [string, string, number, number | null, string][] = [
  // name, extra text, price, OCOP stars, category
  ['Tỏi Lý Sơn cô đơn', 'Tỏi một tép, đặc sản đảo Lý Sơn', 350_000, 4, 'nong-san'],
  ['Tỏi Lý Sơn nhiều tép loại 1', 'Tỏi khô phơi gió biển', 180_000, 3, 'nong-san'],
  ['Đường phèn Quảng Ngãi', 'Đường phèn kết tinh từ mía', 65_000, 4, 'thuc-pham'],
  ['Đường phèn hạt nhỏ', 'Gói 500 g', 45_000, null, 'thuc-pham'],
  ['Mạch nha Thi Phổ', 'Mạch nha gạo nếp nấu thủ công', 55_000, 3, 'thuc-pham'],
  ['Kẹo gương mè đen', 'Quà biếu Quảng Ngãi', 40_000, 3, 'thuc-pham'],
  ['Quế Trà Bồng cuộn', 'Quế vỏ phơi khô', 120_000, 4, 'duoc-lieu'],
  ['Tinh dầu quế Trà Bồng', 'Chai 50 ml', 150_000, null, 'duoc-lieu'],
  ['Muối hạt Sa Huỳnh', 'Muối biển phơi nắng', 20_000, null, 'thuy-san'],
  ['Nước mắm cá cơm Sa Huỳnh', 'Ủ chượp 12 tháng', 95_000, 4, 'thuy-san'],
  ['Cá bống sông Trà kho tiêu', 'Hũ 300 g', 130_000, 3, 'thuy-san'],
  ['Cà phê Arabica Măng Đen rang mộc', 'Cà phê hạt 500 g', 210_000, null, 'do-uong'],
  ['Sâm Ngọc Linh tươi', 'Củ 5 năm tuổi', 9_500_000, 5, 'duoc-lieu'],
  ['Giỏ mây tre đan', 'Thủ công mỹ nghệ Tư Nghĩa', 85_000, null, 'thu-cong'],
  ['Gạo hữu cơ Nghĩa Hành', 'Túi 5 kg', 125_000, null, 'nong-san'],
  ['Chả cá Dung Quất', 'Đông lạnh', 110_000, null, 'thuy-san'],
  ['Mực khô Sa Huỳnh', 'Mực một nắng', 850_000, null, 'thuy-san'],
];

export function doc(index: number): SearchDocument {
  const [name, text, price, stars, category] = products[index] as (typeof products)[number];
  const id = `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;
  return {
    id,
    slug: `p-${index}`,
    name,
    text,
    categoryPath: [category, 'dac-san'],
    enterpriseId: index % 2 === 0 ? enterpriseA : enterpriseB,
    wardCode: index < 6 ? '21548' : '21478',
    price,
    ocopStars: stars,
    createdAt: new Date(Date.UTC(2026, 0, 1 + index)).toISOString(),
    card: { id, name, price },
  };
}

export function describeSearchQuality(name: string, engine: () => SearchEngine) {
  const names = async (q: string) =>
    (await engine().search({ q, sort: 'relevance', limit: 50 })).items.map((item) => item.name as string);

  beforeAll(async () => {
    await engine().upsert(products.map((_, index) => doc(index)));
  });

  describe(`Vietnamese search quality on ${name}`, () => {
    it.each([
      ['toi ly son', 'Tỏi Lý Sơn cô đơn'],
      ['TỎI LÝ SƠN', 'Tỏi Lý Sơn cô đơn'],
      ['tỏi lý sơn', 'Tỏi Lý Sơn cô đơn'],
      ['toi lyson', 'Tỏi Lý Sơn cô đơn'],
      ['ly son toi', 'Tỏi Lý Sơn cô đơn'],
      ['son ly toi', 'Tỏi Lý Sơn cô đơn'],
      ['TOI LY SON CO DON', 'Tỏi Lý Sơn cô đơn'],
      ['toi co don', 'Tỏi Lý Sơn cô đơn'],
      ['toi nhieu tep', 'Tỏi Lý Sơn nhiều tép loại 1'],
      ['duong phen', 'Đường phèn Quảng Ngãi'],
      ['đuong phen', 'Đường phèn Quảng Ngãi'],
      ['đường phèn', 'Đường phèn Quảng Ngãi'],
      ['DUONG PHEN', 'Đường phèn Quảng Ngãi'],
      ['duong phenn', 'Đường phèn Quảng Ngãi'],
      ['duogn phen', 'Đường phèn Quảng Ngãi'],
      ['phen duong', 'Đường phèn hạt nhỏ'],
      ['mach nha', 'Mạch nha Thi Phổ'],
      ['mach nah', 'Mạch nha Thi Phổ'],
      ['mạch nha thi phổ', 'Mạch nha Thi Phổ'],
      ['thi pho', 'Mạch nha Thi Phổ'],
      ['keo guong', 'Kẹo gương mè đen'],
      ['kheo guong', 'Kẹo gương mè đen'],
      ['keo guogn', 'Kẹo gương mè đen'],
      ['que tra bong', 'Quế Trà Bồng cuộn'],
      ['tinh dau que', 'Tinh dầu quế Trà Bồng'],
      ['muoi sa huynh', 'Muối hạt Sa Huỳnh'],
      ['nuoc mam', 'Nước mắm cá cơm Sa Huỳnh'],
      ['nuoc mam ca com', 'Nước mắm cá cơm Sa Huỳnh'],
      ['ca bong song tra', 'Cá bống sông Trà kho tiêu'],
      ['ca phe mang den', 'Cà phê Arabica Măng Đen rang mộc'],
      ['caphe', 'Cà phê Arabica Măng Đen rang mộc'],
      ['ca phee', 'Cà phê Arabica Măng Đen rang mộc'],
      ['arabica', 'Cà phê Arabica Măng Đen rang mộc'],
      ['sam ngoc linh', 'Sâm Ngọc Linh tươi'],
      ['sâm', 'Sâm Ngọc Linh tươi'],
      ['mây tre', 'Giỏ mây tre đan'],
      ['gao huu co', 'Gạo hữu cơ Nghĩa Hành'],
      ['cha ca', 'Chả cá Dung Quất'],
      ['muc kho', 'Mực khô Sa Huỳnh'],
      ['quang ngai', 'Đường phèn Quảng Ngãi'],
      ['duong ph', 'Đường phèn Quảng Ngãi'],
    ])('“%s” finds “%s”', async (q, expected) => {
      expect(await names(q)).toContain(expected);
    });

    it.each(['iphone', 'xe may honda', 'laptop dell', 'banh mi', 'toi ly son iphone'])('“%s” finds nothing', async (q) => {
      expect(await names(q)).toEqual([]);
    });

    it('ranks the exact spelling first: “cá” puts the fish before the coffee', async () => {
      const found = await names('cá');
      expect(found.indexOf('Cá bống sông Trà kho tiêu')).toBeLessThan(found.indexOf('Cà phê Arabica Măng Đen rang mộc'));
      expect(found.indexOf('Chả cá Dung Quất')).toBeLessThan(found.indexOf('Cà phê Arabica Măng Đen rang mộc'));
    });

    it('says which words it searched for after correcting them', async () => {
      expect((await engine().search({ q: 'mach nah', sort: 'relevance', limit: 5 })).searchedWords).toEqual(['mach', 'nha']);
    });
  });
}
