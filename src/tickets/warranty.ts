/**
 * In warranty while the purchase date is within `warrantyMonths` of today. Month arithmetic is
 * calendar-based: bought 2025-03-31 with 12 months → covered through 2026-03-31.
 */
export function warrantyStatus(purchaseDate: string, today: string, warrantyMonths: number): 'in' | 'out' {
  const [y, m, d] = purchaseDate.split('-').map(Number);
  const end = new Date(Date.UTC(y, m - 1 + warrantyMonths, d));
  return today <= end.toISOString().slice(0, 10) ? 'in' : 'out';
}
