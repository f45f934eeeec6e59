/**
 * The one error type of the risk library.
 *
 * Every exported function validates every input field before computing and
 * throws `RiskInputError` when a field is missing, of the wrong type, NaN,
 * ±Infinity, of the wrong sign, outside its domain, an empty list, or
 * inconsistent with another field. It is also thrown when valid-looking inputs
 * are so large that a result would overflow to a non-finite number.
 *
 * @example
 * try {
 *   blackScholes({ spot: 100, strike: -1, years: 1, vol: 0.2, type: 'call' });
 * } catch (error) {
 *   if (error instanceof RiskInputError) {
 *     error.field;   // 'strike'
 *     error.message; // 'Strike must be a finite number greater than 0; got -1.'
 *   }
 * }
 */
export class RiskInputError extends Error {
  /**
   * Path of the offending input field, written as it would be in code:
   * `'strike'`, `'legs[1].strike'`, `'classes[0].claims[2].amount'`.
   * `'input'` means the argument itself (for example, not an object).
   */
  readonly field: string;

  /**
   * @param field - Path of the offending input field (see {@link RiskInputError.field}).
   * @param message - A sentence a person can act on: what the field must be and what it was.
   */
  constructor(field: string, message: string) {
    super(message);
    this.name = 'RiskInputError';
    this.field = field;
  }
}
