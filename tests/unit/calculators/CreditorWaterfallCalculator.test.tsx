// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import CreditorWaterfallCalculator from '../../../src/calculators/CreditorWaterfallCalculator.tsx';
import { MONEY_UNIT, waterfall100, type WaterfallInput } from '../../../src/examples/creditor-hierarchy.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { creditorWaterfall } from '../../../src/risk/index.ts';

const MONEY = { digits: 2, unit: MONEY_UNIT } as const;
const RATE = { percent: true, digits: 3 } as const;

function output(container: Element, key: string): string {
  const element = container.querySelector(`#waterfall-${key}`);
  if (!element) throw new Error(`No output waterfall-${key}`);
  return element.textContent ?? '';
}

/** What a row reads for a paid amount, a claim and a recovery rate from the library. */
const paidText = (paid: number, claim: number, rate: number) =>
  `${formatNumber(paid)} of ${formatNumber(claim)} (${formatNumber(rate, RATE)})`;

function expectRowsMatch(container: Element, input: WaterfallInput) {
  const expected = creditorWaterfall(input);
  expected.classes.forEach((cls, c) => {
    expect(output(container, `class-${c}`)).toBe(paidText(cls.paid, cls.claim, cls.recoveryRate));
    cls.claims.forEach((claim, k) => {
      expect(output(container, `class-${c}-claim-${k}`)).toBe(paidText(claim.paid, claim.amount, cls.recoveryRate));
    });
  });
  expect(output(container, 'residual')).toBe(formatNumber(expected.residual, MONEY));
}

function type(label: string | RegExp, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

function expectNoBadText(container: Element) {
  expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
}

const nameOfClass = (c: number) => (screen.getByLabelText(`Name of class ${c}`) as HTMLInputElement).value;
const classes = () => waterfall100.input.classes;
const swap = <T,>(list: readonly T[], a: number, b: number): T[] => {
  const copy = list.slice();
  [copy[a], copy[b]] = [copy[b]!, copy[a]!];
  return copy;
};

describe('CreditorWaterfallCalculator', () => {
  it('shows the worked example (reference vector 11.2, V = 100) by default', () => {
    const { container } = render(<CreditorWaterfallCalculator />);
    expectRowsMatch(container, waterfall100.input);
    // The page's worked example and the calculator agree on the general unsecured class.
    const expected = creditorWaterfall(waterfall100.input);
    expect(expected.classes[2]?.recoveryRate).toBeCloseTo(65 / 70, 12);
    expect(output(container, 'class-2')).toContain(waterfall100.show('guRecovery'));
    expect(output(container, 'class-2')).toContain(waterfall100.show('guPaid').replace(`\u00a0${MONEY_UNIT}`, ''));
    expect(output(container, 'residual')).toBe(waterfall100.show('residual'));
    expectNoBadText(container);
  });

  it('draws claim and paid bars per class, named after the classes', () => {
    const { container } = render(<CreditorWaterfallCalculator />);
    const svg = container.querySelector('svg[role="img"]');
    expect(svg?.querySelector('title')?.textContent).toBe('Claims and payments by class');
    expect(svg?.querySelectorAll('rect')).toHaveLength(2 * classes().length);
    for (const cls of classes()) expect(svg?.textContent).toContain(cls.name);
    expect(svg?.querySelector('desc')?.textContent).toContain('General unsecured: claim 70.00, paid');
  });

  it('reads V = 120 (reference vector 11.3) when the assets change', () => {
    const { container } = render(<CreditorWaterfallCalculator />);
    type('Value available for distribution V', '120');
    expectRowsMatch(container, { ...waterfall100.input, assets: 120 });
    expect(creditorWaterfall({ ...waterfall100.input, assets: 120 }).classes[3]?.recoveryRate).toBeCloseTo(0.5, 12);
  });

  it('shows a parse error beside the assets field and computes nothing', () => {
    const { container } = render(<CreditorWaterfallCalculator />);
    type('Value available for distribution V', 'lots');
    const input = screen.getByLabelText('Value available for distribution V');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#waterfall-assets-error')?.textContent).toMatch(/number/i);
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expect(container.querySelector('svg')).toBeNull();
    expectNoBadText(container);
  });

  it('shows the library error beside the claim it names (a negative claim)', () => {
    const { container } = render(<CreditorWaterfallCalculator />);
    type('Claim of claimant 2 in class 3', '-10');
    const input = screen.getByLabelText('Claim of claimant 2 in class 3');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#waterfall-class-2-claim-1-amount-error')?.textContent).toBeTruthy();
    for (const element of container.querySelectorAll('output')) expect(element.textContent).toBe('Not computed');
    expectNoBadText(container);
  });

  it('moves a class up and down, keeps focus on the moved class and recomputes in the new order', () => {
    const { container } = render(<CreditorWaterfallCalculator />);
    expect((screen.getByRole('button', { name: 'Move class 1 up' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Move class 4 down' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Move class 3 up' }));
    expect(nameOfClass(2)).toBe('General unsecured');
    expect(nameOfClass(3)).toBe('Admin and priority');
    expect(document.activeElement?.id).toBe('waterfall-class-1-up');
    expect(container.querySelector('#waterfall-list-status')?.textContent).toBe('General unsecured moved to position 2 of 4.');
    expectRowsMatch(container, { ...waterfall100.input, classes: swap(classes(), 1, 2) });

    fireEvent.click(screen.getByRole('button', { name: 'Move class 2 down' }));
    expect(nameOfClass(3)).toBe('General unsecured');
    expectRowsMatch(container, waterfall100.input);

    // Moving the first class to the top leaves its "up" button disabled: focus goes to "down".
    fireEvent.click(screen.getByRole('button', { name: 'Move class 2 up' }));
    expect(nameOfClass(1)).toBe('Admin and priority');
    expect(document.activeElement?.id).toBe('waterfall-class-0-down');
    expectNoBadText(container);
  });

  it('removes and adds classes', () => {
    const { container } = render(<CreditorWaterfallCalculator />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove class 4' }));
    expect(screen.queryByLabelText('Name of class 4')).toBeNull();
    expectRowsMatch(container, { ...waterfall100.input, classes: classes().slice(0, 3) });

    fireEvent.click(screen.getByRole('button', { name: 'Add class' }));
    expect(nameOfClass(4)).toBe('Class 4');
    expect(document.activeElement?.id).toBe('waterfall-class-3-name');
    type('Claim of claimant 1 in class 4', '25');
    expectRowsMatch(container, {
      ...waterfall100.input,
      classes: [...classes().slice(0, 3), { name: 'Class 4', claims: [{ name: 'Claimant 1', amount: 25 }] }],
    });
    expectNoBadText(container);
  });

  it('adds, renames and removes claimants within a class', () => {
    const { container } = render(<CreditorWaterfallCalculator />);
    expect(screen.queryByRole('button', { name: 'Remove claimant 1 from class 1' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add claimant to class 1' }));
    expect(document.activeElement?.id).toBe('waterfall-class-0-claim-1-name');
    type('Name of claimant 2 in class 1', 'Second lien');
    type('Claim of claimant 2 in class 1', '20');
    expect(screen.getByText('Class 1: Second lien')).toBeTruthy();
    const withSecondLien = classes().map((cls, c) =>
      c === 0 ? { ...cls, claims: [...cls.claims, { name: 'Second lien', amount: 20 }] } : cls,
    );
    expectRowsMatch(container, { ...waterfall100.input, classes: withSecondLien });

    fireEvent.click(screen.getByRole('button', { name: 'Remove claimant 1 from class 1' }));
    expect((screen.getByLabelText('Name of claimant 1 in class 1') as HTMLInputElement).value).toBe('Second lien');
    expect(document.activeElement?.id).toBe('waterfall-class-0-add-claim');
    const onlySecondLien = classes().map((cls, c) => (c === 0 ? { ...cls, claims: [{ name: 'Second lien', amount: 20 }] } : cls));
    expectRowsMatch(container, { ...waterfall100.input, classes: onlySecondLien });
    expectNoBadText(container);
  });

  it('labels every input and names a class or claimant left blank by its position', () => {
    const { container } = render(<CreditorWaterfallCalculator />);
    for (const input of container.querySelectorAll('input')) {
      expect(container.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
    }
    type('Name of class 3', '  ');
    expect(output(container, 'class-2')).not.toBe('Not computed');
    expect(screen.getByText('Class 3: Class 3 (total)')).toBeTruthy();
  });
});
