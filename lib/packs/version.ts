// Pack versions are dotted numbers, compared number by number (1.10 > 1.9).
const VERSION = /^\d{1,9}(?:\.\d{1,9}){0,3}$/;

export const isPackVersion = (text: string): boolean => VERSION.test(text);

/** Negative when a < b, 0 when equal (1.0 equals 1), positive when a > b. */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
