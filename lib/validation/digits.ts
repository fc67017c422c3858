/** True when the string consists of exactly `length` ASCII digits. */
export function isDigits(value: string, length: number): boolean {
  return value.length === length && /^\d+$/.test(value);
}

/** Weighted digit sum; weights shorter than the string simply stop the sum early. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += Number(digits[i]) * (weights[i] ?? 0);
  }
  return sum;
}
