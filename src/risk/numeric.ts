/**
 * Small floating-point helpers shared by the library (no validation here).
 */

/** Half a unit in the last place of 1: the largest relative rounding error of one double operation. */
export const EPSILON_HALF = Number.EPSILON / 2;

/**
 * Sum with Neumaier's compensated summation: the error does not grow with the
 * number of terms, so sums of many or mixed-sign terms stay accurate
 * (A. Neumaier (1974), ZAMM 54:39–51).
 */
export function compensatedSum(terms: Iterable<number>): number {
  let sum = 0;
  let compensation = 0;
  for (const term of terms) {
    const t = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
    sum = t;
  }
  return sum + compensation;
}
