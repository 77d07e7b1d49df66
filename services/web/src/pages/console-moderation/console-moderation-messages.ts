export const consoleModerationVi = {
  title: 'Kiểm duyệt sản phẩm',
};

export type ConsoleModerationMessages = typeof consoleModerationVi;

export const consoleModerationEn: ConsoleModerationMessages = {
  title: 'Product moderation',
};
