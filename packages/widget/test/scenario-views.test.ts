import { describe, expect, it } from 'vitest';
import { ScenarioViews } from '../src/simulator/scenario-views.js';
import { defaultState } from '../src/state/widget-state.js';

const byKind = <T extends { kind: string }>(views: readonly T[], kind: string): T =>
  views.find((v) => v.kind === kind)!;

describe('ScenarioViews: what a slider move recomputes', () => {
  const kinds = ['none', 'allowance', 'wage'] as const;
  it('moving the wage slider keeps the allowance sweeps (same objects), and the other way round', () => {
    const views = new ScenarioViews();
    const state = defaultState(2026, 6);
    const before = views.compute(state, kinds);
    const wageMoved = views.compute({ ...state, wageHours: state.wageHours + 3 }, kinds);
    expect(byKind(wageMoved, 'allowance').sweep).toBe(byKind(before, 'allowance').sweep);
    expect(byKind(wageMoved, 'allowance').recognized!.sweep).toBe(
      byKind(before, 'allowance').recognized!.sweep,
    );
    expect(byKind(wageMoved, 'wage').sweep).toBe(byKind(before, 'wage').sweep);
    expect(byKind(wageMoved, 'wage').outcome).not.toBe(byKind(before, 'wage').outcome);
    const allowanceMoved = views.compute(
      { ...state, allowanceHours: state.allowanceHours + 2 },
      kinds,
    );
    expect(byKind(allowanceMoved, 'wage').sweep).toBe(byKind(before, 'wage').sweep);
    expect(byKind(allowanceMoved, 'allowance').sweep).toBe(byKind(before, 'allowance').sweep);
  });
  it('a change the sweep reads (the hourly wage, the program) computes it again', () => {
    const views = new ScenarioViews();
    const state = defaultState(2026, 6);
    const before = views.compute(state, kinds);
    const paid = views.compute({ ...state, hourlyWage: 20 }, kinds);
    expect(byKind(paid, 'wage').sweep).not.toBe(byKind(before, 'wage').sweep);
    const point = (v: (typeof before)[number]) =>
      v.sweep?.ok ? v.sweep.value.points.find((p) => p.hoursPerWeek === 20) : undefined;
    // Paid 20 $ an hour, 20 hours a week is past the exit point: another figure (a smaller one).
    expect(point(byKind(paid, 'wage'))!.moneyPerMonth).not.toBe(
      point(byKind(before, 'wage'))!.moneyPerMonth,
    );
    const other = views.compute({ ...state, program: 'socialAssistance' }, kinds);
    expect(byKind(other, 'allowance').sweep).not.toBe(byKind(before, 'allowance').sweep);
  });
});

describe('ScenarioViews: the cards without sentences, the detail with them', () => {
  it('a card’s result leaves the explanations out; its detail has them, with the same figures', () => {
    const views = new ScenarioViews();
    const state = { ...defaultState(2026, 6), wageHours: 23 };
    const wage = byKind(
      views.compute(state, ['none', 'wage'], undefined, { sweeps: false }),
      'wage',
    );
    if (!wage.outcome.ok) throw new Error('no result');
    const card = wage.outcome.value;
    expect(card.lines.every((l) => l.explanation.text.fr === '')).toBe(true);
    expect(card.exit.explanation).toBeNull();
    const detail = views.explained(card);
    expect(detail).not.toBe(card);
    expect(detail.lines.some((l) => l.explanation.text.fr.length > 20)).toBe(true);
    expect(detail.exit.explanation?.fr).toContain('22,6 h');
    // Only sentences differ: every figure a person reads is the card's.
    expect(detail.moneyPerMonth).toEqual(card.moneyPerMonth);
    expect(detail.monthly).toEqual(card.monthly);
    expect(detail.taxYear).toEqual(card.taxYear);
    expect(detail.notices).toEqual(card.notices);
    expect(detail.lines.map((l) => [l.id, l.monthly, l.annual])).toEqual(
      card.lines.map((l) => [l.id, l.monthly, l.annual]),
    );
    // Asked again (the detail re-renders at every move), it is not computed again.
    expect(views.explained(card)).toBe(detail);
  });
});
