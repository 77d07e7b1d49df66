import { defineErrors } from '@tradeqn/kit';

export const importErrors = defineErrors({
  CATALOG_IMPORT_FILE_TYPE: {
    status: 415,
    vi: 'Chỉ nhận file Excel .xlsx (hãy dùng file mẫu)',
    en: 'Only Excel .xlsx files are accepted (use the template)',
  },
  CATALOG_IMPORT_FILE_MISSING: {
    status: 400,
    vi: 'Thiếu file Excel (trường "file") hoặc danh sách dòng (rows)',
    en: 'No Excel file (field "file") or list of rows was sent',
  },
  CATALOG_IMPORT_COLUMNS: { status: 400, vi: 'File thiếu cột bắt buộc', en: 'The file lacks required columns' },
  CATALOG_IMPORT_EMPTY: { status: 400, vi: 'File không có dòng sản phẩm nào', en: 'The file has no product rows' },
  CATALOG_IMPORT_TOO_MANY_ROWS: { status: 400, vi: 'File có quá nhiều dòng', en: 'The file has too many rows' },
  CATALOG_IMPORT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy lần nhập này', en: 'Import not found' },
  CATALOG_IMPORT_NOTHING_VALID: {
    status: 422,
    vi: 'Không có dòng hợp lệ nào để nhập; hãy sửa file rồi tải lên lại',
    en: 'No row is valid; fix the file and upload it again',
  },
});
