/** An amount of đồng as a Vietnamese reader writes it: `1.250.000 ₫`. */
export function formatVnd(amount: number): string {
  return `${amount.toLocaleString('vi-VN')} ₫`;
}
