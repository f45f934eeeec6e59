/**
 * Standard normal distribution: density φ, distribution function Φ and
 * quantile Φ⁻¹, at full double precision including the tails.
 *
 * - Φ: W. J. Cody's rational Chebyshev approximations (Cody 1969, "Rational
 *   Chebyshev approximations for the error function", Math. Comp. 23:631;
 *   ACM TOMS Algorithm 715 / SPECFUN `ANORM`, 1993), in the form used by R's
 *   `pnorm` (R nmath `pnorm.c`). Relative error about 1e-15 on the whole line,
 *   the lower tail included (no `1 − Φ` cancellation: Φ(−x) is computed directly).
 * - Φ⁻¹: M. J. Wichura (1988), "Algorithm AS 241: The Percentage Points of the
 *   Normal Distribution", Applied Statistics 37(3):477–484 (`PPND16`), relative
 *   accuracy about 1e-16.
 * - exp(−x²/2) is evaluated as exp(−a²/2)·exp(−(x−a)(x+a)/2) with a = x
 *   truncated to 1/16, so the rounding of x² is not amplified in the tails
 *   (Cody's device).
 *
 * The raw functions (`standardNormalPdf`, `standardNormalCdf`,
 * `standardNormalQuantile`) are for the library's own use and take plain
 * numbers; the public wrappers `normalPdf`, `normalCdf`, `normalQuantile` take
 * named input objects and validate them.
 */
import { EPSILON_HALF } from './numeric.ts';
import { requireFinite, requireFraction, requireObject } from './validate.ts';

const ONE_OVER_SQRT_2PI = 0.398942280401432677939946059934;
const SQRT_32 = 5.656854249492380195206754896838;

// Cody (1969) coefficients as in R nmath pnorm.c.
const A = [
  2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249,
  0.065682337918207449113,
] as const;
const B = [
  47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956,
] as const;
const C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226,
  2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218,
  1.0765576773720192317e-8,
] as const;
const D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755,
  18615.571640885098091, 34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
] as const;
const P = [
  0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466,
  2.9112874951168792e-5, 0.02307344176494017303,
] as const;
const Q = [
  1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244,
  7.29751555083966205e-5,
] as const;

// Beyond this |x|, Φ(−x) is below the smallest normal double (R uses the same cut).
const TAIL_UNDERFLOW = 37.5193;

/** exp(−y²/2) without amplifying the rounding of y² (Cody's split at 1/16). */
function expHalfSquare(y: number): number {
  const ySplit = Math.trunc(y * 16) / 16;
  const del = (y - ySplit) * (y + ySplit);
  return Math.exp(-0.5 * ySplit * ySplit) * Math.exp(-0.5 * del);
}

/**
 * Standard normal density φ(x) = e^(−x²/2)/√(2π) for a plain number
 * (library-internal; no validation). Returns 0 beyond |x| ≈ 38.6 (underflow).
 */
export function standardNormalPdf(x: number): number {
  const y = Math.abs(x);
  if (y > 40) return 0;
  return ONE_OVER_SQRT_2PI * expHalfSquare(y);
}

/**
 * Standard normal distribution function Φ(x) for a plain number
 * (library-internal; no validation). Cody's algorithm; see the module comment.
 * Φ(−x) is computed as accurately as Φ(x), so use `standardNormalCdf(-x)` for
 * upper tails instead of `1 − standardNormalCdf(x)`.
 */
export function standardNormalCdf(x: number): number {
  const y = Math.abs(x);
  if (y <= 0.67448975) {
    // Central range: Φ(x) = ½ + x·R(x²).
    let xnum = 0;
    let xden = 0;
    if (y > EPSILON_HALF) {
      const xsq = x * x;
      xnum = A[4] * xsq;
      xden = xsq;
      for (let i = 0; i < 3; i += 1) {
        xnum = (xnum + A[i]!) * xsq;
        xden = (xden + B[i]!) * xsq;
      }
    }
    return 0.5 + (x * (xnum + A[3])) / (xden + B[3]);
  }
  if (y >= TAIL_UNDERFLOW) return x > 0 ? 1 : 0;
  let rational: number;
  if (y <= SQRT_32) {
    let xnum = C[8] * y;
    let xden = y;
    for (let i = 0; i < 7; i += 1) {
      xnum = (xnum + C[i]!) * y;
      xden = (xden + D[i]!) * y;
    }
    rational = (xnum + C[7]) / (xden + D[7]);
  } else {
    // Asymptotic range: rational function of 1/x².
    const xsq = 1 / (y * y);
    let xnum = P[5] * xsq;
    let xden = xsq;
    for (let i = 0; i < 4; i += 1) {
      xnum = (xnum + P[i]!) * xsq;
      xden = (xden + Q[i]!) * xsq;
    }
    rational = (ONE_OVER_SQRT_2PI - (xsq * (xnum + P[4])) / (xden + Q[4])) / y;
  }
  const lowerTail = expHalfSquare(y) * rational; // Φ(−y)
  return x > 0 ? 1 - lowerTail : lowerTail;
}

// Wichura (1988) AS 241 PPND16 coefficients.
const AS241_A = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
  45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
] as const;
const AS241_B = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867,
  39307.89580009271061, 28729.085735721942674, 5226.495278852854561,
] as const;
const AS241_C = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
  1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833,
  7.7454501427834140764e-4,
] as const;
const AS241_D = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455,
  0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4,
  1.05075007164441684324e-9,
] as const;
const AS241_E = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123,
  0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5,
  2.01033439929228813265e-7,
] as const;
const AS241_F = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525,
  7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7,
  2.04426310338993978564e-15,
] as const;

/** Evaluates c[0] + c[1]·r + … + c[7]·r⁷ (Horner). */
function poly7(c: readonly number[], r: number): number {
  let value = 0;
  for (let i = c.length - 1; i >= 0; i -= 1) value = value * r + c[i]!;
  return value;
}

/**
 * Standard normal quantile Φ⁻¹(p) for a plain number in (0, 1)
 * (library-internal; no validation). Wichura's AS 241.
 */
export function standardNormalQuantile(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly7(AS241_A, r)) / poly7(AS241_B, r);
  }
  // Distance to the nearer end; 1 − p is exact for p ≥ ½ (Sterbenz).
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value = poly7(AS241_C, r) / poly7(AS241_D, r);
  } else {
    r -= 5;
    value = poly7(AS241_E, r) / poly7(AS241_F, r);
  }
  return q < 0 ? -value : value;
}

/** Input of {@link normalPdf} and {@link normalCdf}. */
export interface NormalPointInput {
  /** Point x on the real line (standard-normal units). Finite. */
  x: number;
}

/** Input of {@link normalQuantile}. */
export interface NormalQuantileInput {
  /** Probability p, strictly between 0 and 1. */
  p: number;
}

/**
 * Standard normal probability density φ(x) = e^(−x²/2) / √(2π).
 *
 * @param input.x - Point on the real line (dimensionless, standard deviations from 0). Finite.
 * @returns φ(x) in [0, 0.3989…]; 0 where it underflows (|x| > 38.6).
 * @throws {RiskInputError} `x` is not a finite number.
 * @see W. J. Cody (1969), Math. Comp. 23:631 (the exp(−x²/2) splitting used here).
 * @example
 * normalPdf({ x: 0 }); // 0.3989422804014327
 */
export function normalPdf(input: NormalPointInput): number {
  const o = requireObject('input', input);
  return standardNormalPdf(requireFinite('x', o['x']));
}

/**
 * Standard normal cumulative distribution Φ(x) = P(Z ≤ x).
 *
 * Accurate to about 1e-15 relative everywhere, lower tail included
 * (Cody's rational Chebyshev approximations, as in R's `pnorm`).
 *
 * @param input.x - Point on the real line (standard deviations). Finite.
 * @returns Φ(x) in [0, 1] (exactly 0 below x ≈ −37.5, where it underflows).
 * @throws {RiskInputError} `x` is not a finite number.
 * @see W. J. Cody (1993), ACM TOMS 19:22–32, Algorithm 715 (SPECFUN); R nmath `pnorm.c`.
 * @example
 * normalCdf({ x: 1.959963984540054 }); // 0.975
 * normalCdf({ x: -10 });               // 7.619853024160527e-24
 */
export function normalCdf(input: NormalPointInput): number {
  const o = requireObject('input', input);
  return standardNormalCdf(requireFinite('x', o['x']));
}

/**
 * Standard normal quantile Φ⁻¹(p): the x with Φ(x) = p.
 *
 * @param input.p - Probability, strictly between 0 and 1.
 * @returns Φ⁻¹(p), finite (|Φ⁻¹(p)| < 38.5 for every double p in (0, 1)).
 * @throws {RiskInputError} `p` is not a number in (0, 1).
 * @see M. J. Wichura (1988), "Algorithm AS 241: The Percentage Points of the Normal Distribution", Applied Statistics 37(3):477–484.
 * @example
 * normalQuantile({ p: 0.99 }); // 2.3263478740408408
 */
export function normalQuantile(input: NormalQuantileInput): number {
  const o = requireObject('input', input);
  const p = requireFraction('p', o['p'], { minInclusive: false, maxInclusive: false });
  return standardNormalQuantile(p);
}
