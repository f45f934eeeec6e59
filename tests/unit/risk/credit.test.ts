import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cdsImpliedHazard, cdsMarkToMarket, cdsParSpread, creditorWaterfall, hazardFromSpread } from '../../../src/risk/index.ts';
import type { CreditorClass } from '../../../src/risk/index.ts';
import { expectClose, expectInputError, expectPublished, expectWithin, NOT_FINITE_NUMBERS } from './helpers.ts';

/** Reference 11.2 estate: secured claim 40 on collateral worth 30 (→ 30 secured + 10 deficiency in GU). */
const ESTATE: CreditorClass[] = [
  { name: 'Secured (collateral value)', claims: [{ name: 'Bank', amount: 30 }] },
  { name: 'Administrative / priority', claims: [{ name: 'Admin', amount: 5 }] },
  {
    name: 'General unsecured',
    claims: [
      { name: 'Senior notes', amount: 50 },
      { name: 'Trade', amount: 10 },
      { name: 'Bank deficiency', amount: 10 },
    ],
  },
  { name: 'Subordinated', claims: [{ name: 'Sub notes', amount: 30 }] },
];

describe('creditorWaterfall: reference vectors', () => {
  it('11 U.S.C. §506(a) example (legalgist): debt 25,000 on property netting 24,000 → secured 24,000, unsecured 1,000', () => {
    const r = creditorWaterfall({ assets: 24_000, classes: [{ name: 'Secured', claims: [{ name: 'Lender', amount: 25_000 }] }] });
    const secured = r.classes[0]!;
    expectPublished(secured.paid, '24,000');
    expectPublished(secured.claim - secured.paid, '1,000');
    expect(r.residual).toBe(0);
  });

  it('11.2 (SELF): V = 100 → GU pool of 70 gets 65 (92.857143 %), the bank recovers 98.214286 %, sub 0, equity 0', () => {
    const r = creditorWaterfall({ assets: 100, classes: ESTATE });
    const [secured, admin, gu, sub] = r.classes;
    expect(secured!.paid).toBe(30);
    expect(admin!.paid).toBe(5);
    expect(gu!.claim).toBe(70);
    expect(gu!.paid).toBe(65);
    expectWithin(gu!.recoveryRate, 0.92857143, 5e-9);
    expectClose(gu!.claims[0]!.paid, (50 * 65) / 70, 1e-15);
    const bankRecovery = (secured!.paid + gu!.claims[2]!.paid) / 40;
    expectWithin(bankRecovery, 0.98214286, 5e-9);
    expect(sub!.paid).toBe(0);
    expect(sub!.recoveryRate).toBe(0);
    expect(r.residual).toBe(0);
  });

  it('11.3 (SELF): V = 120 → GU paid in full, subordinated 50 %, equity 0', () => {
    const r = creditorWaterfall({ assets: 120, classes: ESTATE });
    expect(r.classes[2]!.recoveryRate).toBe(1);
    expect(r.classes[3]!.recoveryRate).toBe(0.5);
    expect(r.classes[3]!.claims[0]!.paid).toBe(15);
    expect(r.residual).toBe(0);
  });

  it('assets above all claims leave a residual to equity; names and amounts are echoed; an empty class recovers 1', () => {
    const r = creditorWaterfall({ assets: 200, classes: [...ESTATE, { name: 'Empty', claims: [] }] });
    expect(r.residual).toBe(65);
    expect(r.classes[4]).toEqual({ name: 'Empty', claim: 0, paid: 0, recoveryRate: 1, claims: [] });
    expect(r.classes[2]!.claims.map((c) => c.name)).toEqual(['Senior notes', 'Trade', 'Bank deficiency']);
    const zero = creditorWaterfall({ assets: 0, classes: [{ name: 'Zero', claims: [{ name: 'a', amount: 0 }] }, ESTATE[0]!] });
    expect(zero.classes[0]!.recoveryRate).toBe(1);
    expect(zero.classes[1]!.paid).toBe(0);
  });
});

const classesArbitrary = fc.array(
  fc.record({
    name: fc.string({ maxLength: 8 }),
    claims: fc.array(fc.record({ name: fc.string({ maxLength: 8 }), amount: fc.double({ min: 0, max: 1e9, noNaN: true }) }), { maxLength: 6 }),
  }),
  { minLength: 1, maxLength: 6 },
);

describe('creditorWaterfall: properties', () => {
  it('conservation: Σ paid + residual = assets; nothing paid above a claim; recovery in [0, 1]', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5e9, noNaN: true }), classesArbitrary, (assets, classes) => {
        const r = creditorWaterfall({ assets, classes });
        const paid = r.classes.reduce((s, c) => s + c.paid, 0);
        expectWithin(paid + r.residual, assets, 1e-12 * assets + 1e-6);
        const paidByClaims = r.classes.reduce((s, c) => s + c.claims.reduce((t, x) => t + x.paid, 0), 0);
        expectWithin(paidByClaims + r.residual, assets, 1e-12 * (assets + paid) + 1e-6);
        expect(r.residual).toBeGreaterThanOrEqual(0);
        for (const c of r.classes) {
          expect(c.paid).toBeLessThanOrEqual(c.claim);
          expect(c.recoveryRate).toBeGreaterThanOrEqual(0);
          expect(c.recoveryRate).toBeLessThanOrEqual(1);
          for (const x of c.claims) expect(x.paid).toBeLessThanOrEqual(x.amount);
        }
      }),
    );
  });

  it('absolute priority: a class gets something only if every senior class is paid in full', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5e9, noNaN: true }), classesArbitrary, (assets, classes) => {
        const r = creditorWaterfall({ assets, classes });
        r.classes.forEach((c, i) => {
          if (c.paid > 0) for (const senior of r.classes.slice(0, i)) expect(senior.paid).toBe(senior.claim);
        });
        if (r.residual > 0) for (const c of r.classes) expect(c.paid).toBe(c.claim);
      }),
    );
  });

  it('pro rata within a class: every claim receives amount × the class recovery rate', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5e9, noNaN: true }), classesArbitrary, (assets, classes) => {
        const r = creditorWaterfall({ assets, classes });
        for (const c of r.classes) {
          for (const x of c.claims) expectClose(x.paid, x.amount * c.recoveryRate, 1e-14, 1e-300);
          if (c.claim > 0) expectClose(c.recoveryRate, c.paid / c.claim, 1e-14);
        }
      }),
    );
  });
});

describe('creditorWaterfall: bad input', () => {
  it('assets must be a finite number ≥ 0', () => {
    for (const assets of [...NOT_FINITE_NUMBERS, -1]) expectInputError(() => creditorWaterfall({ assets, classes: ESTATE } as never), 'assets');
  });
  it('classes must be a non-empty list of objects with a name and a list of claims', () => {
    for (const classes of [[], undefined, 'x', {}]) expectInputError(() => creditorWaterfall({ assets: 1, classes } as never), 'classes');
    expectInputError(() => creditorWaterfall({ assets: 1, classes: [ESTATE[0], 7] } as never), 'classes[1]');
    expectInputError(() => creditorWaterfall({ assets: 1, classes: [{ name: 3, claims: [] }] } as never), 'classes[0].name');
    expectInputError(() => creditorWaterfall({ assets: 1, classes: [{ name: 'A' }] } as never), 'classes[0].claims');
    expectInputError(() => creditorWaterfall({ assets: 1, classes: [{ name: 'A', claims: [null] }] } as never), 'classes[0].claims[0]');
    expectInputError(() => creditorWaterfall({ assets: 1, classes: [{ name: 'A', claims: [{ amount: 1 }] }] } as never), 'classes[0].claims[0].name');
  });
  it('claim amounts must be finite numbers ≥ 0', () => {
    for (const amount of [...NOT_FINITE_NUMBERS, -0.01]) {
      expectInputError(
        () => creditorWaterfall({ assets: 1, classes: [ESTATE[0]!, { name: 'B', claims: [{ name: 'x', amount: 1 }, { name: 'y', amount }] }] } as never),
        'classes[1].claims[1].amount',
      );
    }
  });
  it('a class total that overflows is reported on its claims', () => {
    expectInputError(
      () => creditorWaterfall({ assets: 1, classes: [{ name: 'A', claims: [{ name: 'a', amount: 1e308 }, { name: 'b', amount: 1e308 }] }] }),
      'classes[0].claims',
    );
  });
});

// ————————————————————————————— CDS —————————————————————————————

/** Hull's tabulated method, period by period (independent of the library's closed-form sums). */
function hullTable(hazard: number, recovery: number, rate: number, years: number, perYear: number) {
  let coupons = 0;
  let accrual = 0;
  let protection = 0;
  let previous = 0;
  for (let i = 1; previous < years - 1e-12; i += 1) {
    const t = Math.min(i / perYear, years);
    const q0 = Math.exp(-hazard * previous);
    const q1 = Math.exp(-hazard * t);
    const mid = (previous + t) / 2;
    coupons += q1 * (t - previous) * Math.exp(-rate * t);
    accrual += (q0 - q1) * ((t - previous) / 2) * Math.exp(-rate * mid);
    protection += (1 - recovery) * (q0 - q1) * Math.exp(-rate * mid);
    previous = t;
  }
  return { coupons, accrual, protection, spread: protection / (coupons + accrual) };
}

describe('cdsParSpread: Hull OFOD CDS valuation example (r = 5 %, R = 40 %, 5 years, annual payments)', () => {
  it('7th/8th ed. (conditional PD 2 %/yr, Q = 0.98^t): payments 4.0704s, accrual 0.0426s, protection 0.0511, s = 0.0124 (124 bp)', () => {
    const r = cdsParSpread({ hazardRate: -Math.log(0.98), recovery: 0.4, rate: 0.05, years: 5 });
    let coupons = 0;
    for (let t = 1; t <= 5; t += 1) coupons += 0.98 ** t * Math.exp(-0.05 * t);
    expectPublished(coupons, '4.0704');
    expectPublished(r.premiumLegPv01 - coupons, '0.0426');
    expectPublished(r.premiumLegPv01, '4.1130');
    expectPublished(r.protectionLegPv, '0.0511');
    expectPublished(r.spread, '0.0124');
    // Existing CDS struck at 150 bp when fair is 124 bp: worth 4.1130 × 0.015 − 0.0511 = 0.0106 to the seller.
    expectPublished(0.015 * r.premiumLegPv01 - r.protectionLegPv, '0.0106');
    // SELF exact values (reference 23.1)
    expectWithin(r.spread, 0.0124249, 5e-8);
    expectClose(r.spread, 0.012424884920909491, 1e-13); // mpmath, 60 digits
  });

  it('9th ed. (hazard 2 %): payments 4.072808s, accrual 0.042180s, protection 0.050615, s = 0.012300 (reference 23.2, SELF)', () => {
    const r = cdsParSpread({ hazardRate: 0.02, recovery: 0.4, rate: 0.05, years: 5 });
    expectWithin(r.premiumLegPv01, 4.072808 + 0.04218, 1e-6);
    expectWithin(r.protectionLegPv, 0.050615, 5e-7);
    expectWithin(r.spread, 0.0123, 5e-7);
    expectClose(r.premiumLegPv01, 4.0728081324493801 + 0.042179506704816573, 1e-13);
    expectClose(r.protectionLegPv, 0.050615408045779888, 1e-13);
  });

  it('Hull Problem 25.14: a 100 bp spread implies a hazard rate of 1.63 % (SELF 1.6259 %)', () => {
    let low = 0;
    let high = 0.1;
    for (let i = 0; i < 200; i += 1) {
      const mid = (low + high) / 2;
      if (cdsParSpread({ hazardRate: mid, recovery: 0.4, rate: 0.05, years: 5 }).spread < 0.01) low = mid;
      else high = mid;
    }
    expectPublished(low, '0.0163');
    expectClose(low, 0.016258868561856906, 1e-12); // mpmath root
  });

  it('matches the period-by-period table for other maturities, frequencies and a short final period', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        fc.double({ min: -0.02, max: 0.15, noNaN: true }),
        fc.double({ min: 0.05, max: 30, noNaN: true }),
        fc.constantFrom(1, 2, 4, 12),
        (hazardRate, recovery, rate, years, paymentsPerYear) => {
          const r = cdsParSpread({ hazardRate, recovery, rate, years, paymentsPerYear });
          const t = hullTable(hazardRate, recovery, rate, years, paymentsPerYear);
          expectClose(r.premiumLegPv01, t.coupons + t.accrual, 1e-10);
          // Absolute floor: with a tiny hazard rate the table's survival differences S(tᵢ₋₁) − S(tᵢ) are
          // near 1 − 1, so its sum carries about one ulp of 1 (2.2e-16) per period, up to 360 periods.
          const floor = 360 * Number.EPSILON;
          expectClose(r.protectionLegPv, t.protection, 1e-9, floor);
          expectClose(r.spread, t.spread, 1e-9, floor);
        },
      ),
    );
  });

  it('spread rises with the hazard rate and falls with recovery; close to λ(1 − R) for small λ', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.3, noNaN: true }), fc.double({ min: 0, max: 0.9, noNaN: true }), (hazardRate, recovery) => {
        const base = { recovery, rate: 0.03, years: 5, paymentsPerYear: 4 };
        const a = cdsParSpread({ ...base, hazardRate }).spread;
        expect(cdsParSpread({ ...base, hazardRate: hazardRate * 1.1 }).spread).toBeGreaterThan(a);
        expect(cdsParSpread({ ...base, hazardRate, recovery: recovery / 2 }).spread).toBeGreaterThanOrEqual(a);
        expectClose(a, hazardRate * (1 - recovery), 0.02 + hazardRate);
      }),
    );
    expect(cdsParSpread({ hazardRate: 0, recovery: 0.4, rate: 0.05, years: 5 }).spread).toBe(0);
  });

  it('years = 0 gives the T → 0 limit: both legs 0, spread λ(1 − R)', () => {
    expect(cdsParSpread({ hazardRate: 0.02, recovery: 0.4, rate: 0.05, years: 0 })).toEqual({ spread: 0.02 * 0.6, premiumLegPv01: 0, protectionLegPv: 0 });
    expectClose(cdsParSpread({ hazardRate: 0.02, recovery: 0.4, rate: 0.05, years: 1e-9 }).spread, 0.012, 1e-8);
  });

  it('very long maturities cost no more time (closed-form sums) and stay finite', () => {
    const r = cdsParSpread({ hazardRate: 0.02, recovery: 0.4, rate: 0.05, years: 1e6, paymentsPerYear: 12 });
    expectClose(r.premiumLegPv01, hullTable(0.02, 0.4, 0.05, 2_000, 12).coupons + hullTable(0.02, 0.4, 0.05, 2_000, 12).accrual, 1e-12);
  });

  it('bad input', () => {
    const valid = { hazardRate: 0.02, recovery: 0.4, rate: 0.05, years: 5, paymentsPerYear: 4 };
    for (const field of ['hazardRate', 'recovery', 'rate', 'years', 'paymentsPerYear']) {
      for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => cdsParSpread({ ...valid, [field]: bad } as never), field);
    }
    expectInputError(() => cdsParSpread({ ...valid, hazardRate: -0.01 }), 'hazardRate');
    expectInputError(() => cdsParSpread({ ...valid, recovery: 1 }), 'recovery');
    expectInputError(() => cdsParSpread({ ...valid, recovery: -0.1 }), 'recovery');
    expectInputError(() => cdsParSpread({ ...valid, years: -1 }), 'years');
    expectInputError(() => cdsParSpread({ ...valid, paymentsPerYear: 0 }), 'paymentsPerYear');
    expectInputError(() => cdsParSpread({ ...valid, paymentsPerYear: 2.5 }), 'paymentsPerYear');
    expectInputError(() => cdsParSpread({ ...valid, rate: -1e3, years: 100 }), 'rate');
  });
});

describe('hazardFromSpread: credit triangle λ = s / (1 − R)', () => {
  it('PRMIA: s = 200 bp, R = 40 % → λ = 3.33 %; Q(5) = 0.846482 (reference 23.4)', () => {
    const lambda = hazardFromSpread({ spread: 0.02, recovery: 0.4 });
    expectPublished(lambda, '0.0333');
    expectWithin(Math.exp(-5 * lambda), 0.846482, 5e-7);
  });

  it('on Hull 9th ed.: 0.0123 / 0.6 = 2.050 % against the true 2 % (reference 23.5)', () => {
    const spread = cdsParSpread({ hazardRate: 0.02, recovery: 0.4, rate: 0.05, years: 5 }).spread;
    expectWithin(hazardFromSpread({ spread, recovery: 0.4 }), 0.0205, 5e-6);
  });

  it('bad input', () => {
    for (const bad of [...NOT_FINITE_NUMBERS, -0.01]) expectInputError(() => hazardFromSpread({ spread: bad, recovery: 0.4 } as never), 'spread');
    for (const bad of [...NOT_FINITE_NUMBERS, 1, -0.5, 40]) expectInputError(() => hazardFromSpread({ spread: 0.01, recovery: bad } as never), 'recovery');
  });
});

describe('cdsImpliedHazard: exact inversion of the par spread', () => {
  it('Hull Problem 25.14 (9th ed.): a 5-year spread of 100 bp, R = 40 %, r = 5 % implies λ = 1.63 % (reference 23.3)', () => {
    const lambda = cdsImpliedHazard({ spread: 0.01, recovery: 0.4, rate: 0.05, years: 5 });
    expectPublished(lambda, '0.0163');
    expectClose(lambda, 0.016258868561856906, 1e-12); // mpmath root, as in the cdsParSpread test
  });

  it('Hull 9th ed. round trip: the 123.0 bp par spread of λ = 2 % gives back 2 % exactly, where the triangle says 2.050 % (reference 23.2, 23.5)', () => {
    const { spread } = cdsParSpread({ hazardRate: 0.02, recovery: 0.4, rate: 0.05, years: 5 });
    expectClose(cdsImpliedHazard({ spread, recovery: 0.4, rate: 0.05, years: 5 }), 0.02, 1e-13);
    expectWithin(hazardFromSpread({ spread, recovery: 0.4 }), 0.0205, 5e-6);
  });

  it('PRMIA spread of 200 bp (reference 23.4): exact λ 3.2527 % (SELF, period-by-period bisection) below the triangle’s 3.33 %', () => {
    expectClose(cdsImpliedHazard({ spread: 0.02, recovery: 0.4, rate: 0.05, years: 5 }), 0.03252658135552451, 1e-12);
  });

  it('inverts cdsParSpread for any maturity, frequency and rate (round trip)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        fc.double({ min: -0.02, max: 0.15, noNaN: true }),
        fc.double({ min: 0.05, max: 30, noNaN: true }),
        fc.constantFrom(1, 2, 4, 12),
        (hazardRate, recovery, rate, years, paymentsPerYear) => {
          const { spread } = cdsParSpread({ hazardRate, recovery, rate, years, paymentsPerYear });
          const back = cdsImpliedHazard({ spread, recovery, rate, years, paymentsPerYear });
          expectClose(back, hazardRate, 1e-9);
        },
      ),
    );
  });

  it('limits: spread 0 → 0; years 0 → the triangle; a spread no hazard rate reaches is refused', () => {
    expect(cdsImpliedHazard({ spread: 0, recovery: 0.4, rate: 0.05, years: 5 })).toBe(0);
    expect(cdsImpliedHazard({ spread: 0.012, recovery: 0.4, rate: 0.05, years: 0 })).toBe(0.012 / 0.6);
    // Annual payments: the par spread stays below 2(1 − R)/δ = 1.2 whatever λ is.
    const steep = cdsImpliedHazard({ spread: 1.19, recovery: 0.4, rate: 0.05, years: 5 });
    expect(steep).toBeGreaterThan(1);
    expectClose(cdsParSpread({ hazardRate: steep, recovery: 0.4, rate: 0.05, years: 5 }).spread, 1.19, 1e-12);
    const error = expectInputError(() => cdsImpliedHazard({ spread: 1.2, recovery: 0.4, rate: 0.05, years: 5 }), 'spread');
    expect(error.message).toMatch(/below 1\.2/);
    // Quarterly: the limit is 2(1 − R)·4 = 4.8.
    expectInputError(() => cdsImpliedHazard({ spread: 4.8, recovery: 0.4, rate: 0.05, years: 5, paymentsPerYear: 4 }), 'spread');
    expect(cdsImpliedHazard({ spread: 4.7, recovery: 0.4, rate: 0.05, years: 5, paymentsPerYear: 4 })).toBeGreaterThan(1);
  });

  it('bad input', () => {
    const valid = { spread: 0.01, recovery: 0.4, rate: 0.05, years: 5, paymentsPerYear: 4 };
    for (const field of Object.keys(valid)) {
      for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => cdsImpliedHazard({ ...valid, [field]: bad } as never), field);
    }
    expectInputError(() => cdsImpliedHazard({ ...valid, spread: -0.01 }), 'spread');
    expectInputError(() => cdsImpliedHazard({ ...valid, recovery: 1 }), 'recovery');
    expectInputError(() => cdsImpliedHazard({ ...valid, years: -1 }), 'years');
    expectInputError(() => cdsImpliedHazard({ ...valid, paymentsPerYear: 0 }), 'paymentsPerYear');
    expectInputError(() => cdsImpliedHazard({ spread: 1e308, recovery: 0.999999, rate: 0, years: 0 }), 'spread');
  });
});

describe('cdsMarkToMarket: value of an existing CDS', () => {
  it('Hull 7th/8th ed.: a contract at 150 bp when the par spread is 124 bp is worth 4.1130 × 0.015 − 0.0511 = 0.0106 to the seller (reference 23.1)', () => {
    const r = cdsMarkToMarket({ contractSpread: 0.015, hazardRate: -Math.log(0.98), recovery: 0.4, rate: 0.05, years: 5 });
    expectPublished(-r.buyerValue, '0.0106');
    expectPublished(r.premiumLegPv01, '4.1130');
    expectPublished(r.protectionLegPv, '0.0511');
    expectPublished(r.marketSpread, '0.0124');
    expectPublished(r.survivalProbability, '0.9039'); // 0.98⁵ = 0.903921
    // SELF (reference 23.1): 0.0105915; the period-by-period table gives 0.010591536399.
    expectWithin(-r.buyerValue, 0.0105915, 5e-8);
    expectClose(-r.buyerValue, 0.010591536399252435, 1e-11);
  });

  it('Hull 9th ed. (λ = 2 %) at 150 bp on 10 m notional: the buyer is 111,094 under water (SELF, period-by-period table)', () => {
    const r = cdsMarkToMarket({ contractSpread: 0.015, hazardRate: 0.02, recovery: 0.4, rate: 0.05, years: 5, notional: 10_000_000 });
    expectClose(r.buyerValue, -111_094.06541533026, 1e-11);
    expectClose(r.marketSpread, 0.012300257615399185, 1e-12);
    expectWithin(r.survivalProbability, 0.9048374180359595, 1e-15);
  });

  it('the buyer gains what the seller loses: value = N·(s_m − s_c)·RPV01 = N·(PV_protection − s_c·RPV01); 0 at the par spread', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(0), fc.double({ min: 1e-8, max: 0.05, noNaN: true })), // no subnormal spreads: values would underflow to 0
        fc.oneof(fc.constant(0), fc.double({ min: 1e-8, max: 0.3, noNaN: true })),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        (contractSpread, hazardRate, recovery, years, notional) => {
          const base = { hazardRate, recovery, rate: 0.03, years, paymentsPerYear: 4 };
          const r = cdsMarkToMarket({ ...base, contractSpread, notional });
          const legs = cdsParSpread(base);
          expect(r.marketSpread).toBe(legs.spread);
          expect(r.premiumLegPv01).toBe(legs.premiumLegPv01);
          expectClose(r.buyerValue, notional * (legs.protectionLegPv - contractSpread * legs.premiumLegPv01), 1e-9, 1e-12 * notional);
          expect(Math.sign(r.buyerValue)).toBe(Math.sign(legs.spread - contractSpread));
          expect(cdsMarkToMarket({ ...base, contractSpread: legs.spread, notional }).buyerValue).toBe(0);
          // Wider market spread (higher hazard): protection already bought is worth more.
          expect(cdsMarkToMarket({ ...base, hazardRate: hazardRate + 0.01, contractSpread, notional }).buyerValue).toBeGreaterThan(r.buyerValue);
        },
      ),
    );
  });

  it('years 0: nothing left to value; notional defaults to 1', () => {
    const r = cdsMarkToMarket({ contractSpread: 0.015, hazardRate: 0.02, recovery: 0.4, rate: 0.05, years: 0 });
    expect(r).toEqual({ buyerValue: 0, marketSpread: 0.012, premiumLegPv01: 0, protectionLegPv: 0, survivalProbability: 1 });
  });

  it('bad input', () => {
    const valid = { contractSpread: 0.015, hazardRate: 0.02, recovery: 0.4, rate: 0.05, years: 5, paymentsPerYear: 4, notional: 1e6 };
    for (const field of Object.keys(valid)) {
      for (const bad of NOT_FINITE_NUMBERS) expectInputError(() => cdsMarkToMarket({ ...valid, [field]: bad } as never), field);
    }
    expectInputError(() => cdsMarkToMarket({ ...valid, contractSpread: -0.001 }), 'contractSpread');
    expectInputError(() => cdsMarkToMarket({ ...valid, hazardRate: -0.01 }), 'hazardRate');
    expectInputError(() => cdsMarkToMarket({ ...valid, notional: 0 }), 'notional');
    expectInputError(() => cdsMarkToMarket({ ...valid, recovery: 40 }), 'recovery');
    expectInputError(() => cdsMarkToMarket({ ...valid, notional: 1e308, contractSpread: 1e10 }), 'notional');
  });
});
