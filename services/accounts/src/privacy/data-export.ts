import { strToU8, zipSync } from 'fflate';
import type { PersonalDataSection } from './personal-data.ts';

/** UTF-8 with a byte-order mark, so that Excel opens Vietnamese text correctly. */
const BOM = '\uFEFF';

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV: one column per key any row has, in the order first seen; nested values as JSON. */
export function toCsv(rows: readonly Record<string, unknown>[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const lines = [columns.map(csvCell).join(','), ...rows.map((row) => columns.map((column) => csvCell(row[column])).join(','))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * The person's data export: for each section `<name>.json` and `<name>.csv`, and a README that
 * says what each file holds, when it was made and how to ask for a correction.
 */
export function buildDataExport(sections: readonly PersonalDataSection[], madeAt: Date, siteName: string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const readme = [
    `Dữ liệu cá nhân của bạn trên ${siteName}`,
    `Lập lúc ${madeAt.toISOString()} (UTC).`,
    '',
    'Mỗi mục có hai tệp: .json (đầy đủ) và .csv (mở bằng Excel).',
    '',
    ...sections.map((section) => `- ${section.name}: ${section.description} (${section.rows.length} dòng)`),
    '',
    'Thấy dữ liệu sai? Sửa trong trang Tài khoản, hoặc gửi yêu cầu tại mục Dữ liệu của tôi.',
    '',
  ].join('\r\n');
  files['README.txt'] = strToU8(`${BOM}${readme}`);
  for (const section of sections) {
    files[`${section.name}.json`] = strToU8(JSON.stringify(section.rows, null, 2));
    files[`${section.name}.csv`] = strToU8(toCsv(section.rows));
  }
  const mtime = madeAt;
  return zipSync(files, { level: 6, mtime });
}
