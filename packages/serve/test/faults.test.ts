import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ALL_FAULTS_TEXT, createFaultSchedule, formatFaults, parseFaults, type FaultPlan, type FaultRule } from '@pcaq/serve';

function planOf(text: string): FaultPlan {
  const parsed = parseFaults(text);
  if (!parsed.ok) throw new Error(`not a plan: ${JSON.stringify(parsed.problems)}`);
  return parsed.plan;
}

const ruleArbitrary: fc.Arbitrary<FaultRule> = fc
  .record(
    {
      kind: fc.constantFrom('429', '503', '204', '500', 'latency', 'bom', 'license-active', 'reset' as const),
      page: fc.integer({ min: 1, max: 9 }),
      attempt: fc.integer({ min: 1, max: 4 }),
      probability: fc.constantFrom(0, 0.1, 0.25, 0.5, 1),
      times: fc.integer({ min: 0, max: 5 }),
      retryAfter: fc.record({ form: fc.constantFrom('seconds' as const, 'date' as const), seconds: fc.integer({ min: 0, max: 30 }) }),
      latency: fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 })),
    },
    { requiredKeys: ['kind', 'latency'] },
  )
  .map(({ kind, retryAfter, latency, ...rest }) => {
    const rule: { -readonly [K in keyof FaultRule]: FaultRule[K] } = { kind, ...rest };
    if (['429', '503', '204'].includes(kind) && retryAfter !== undefined) rule.retryAfter = retryAfter;
    if (kind === 'latency') rule.latencyMs = [Math.min(...latency), Math.max(...latency)];
    return rule;
  });

const planArbitrary: fc.Arbitrary<FaultPlan> = fc.record({ seed: fc.integer({ min: 0, max: 999_999_999 }), rules: fc.array(ruleArbitrary, { maxLength: 8 }) });

describe('parseFaults', () => {
  it('reads the documented examples', () => {
    expect(planOf('seed=7, 429@first, 204:date:1@page=2*1, 500@page=3*1, bom, reset@page=4*1')).toEqual({
      seed: 7,
      rules: [
        { kind: '429', attempt: 1 },
        { kind: '204', retryAfter: { form: 'date', seconds: 1 }, page: 2, times: 1 },
        { kind: '500', page: 3, times: 1 },
        { kind: 'bom' },
        { kind: 'reset', page: 4, times: 1 },
      ],
    });
    expect(planOf('seed=9,503:0@p=0.2*3,latency:10-50').rules).toEqual([
      { kind: '503', retryAfter: { form: 'seconds', seconds: 0 }, probability: 0.2, times: 3 },
      { kind: 'latency', latencyMs: [10, 50] },
    ]);
    expect(planOf('none')).toEqual({ seed: 0, rules: [] });
    expect(planOf('')).toEqual({ seed: 0, rules: [] });
  });

  it('all stands for ALL_FAULTS_TEXT, which holds every kind of fault', () => {
    expect(planOf('all')).toEqual(planOf(ALL_FAULTS_TEXT));
    expect(new Set(planOf('all').rules.map((rule) => rule.kind))).toEqual(new Set(['429', '503', '204', '500', 'latency', 'bom', 'license-active', 'reset']));
  });

  it.each([
    ['teapot', 0, 6, /unknown fault 'teapot'/],
    ['bom, 418', 5, 8, /unknown fault '418'/],
    ['429:soon', 4, 8, /Retry-After/],
    ['bom:1', 4, 5, /takes no argument/],
    ['latency', 0, 7, /needs its milliseconds/],
    ['latency:50-10', 8, 13, /MIN-MAX/],
    ['500@page=0', 3, 10, /unknown condition '@page=0'/],
    ['500@p=1.5', 3, 9, /unknown condition/],
    ['500@first*x', 10, 11, /not a count/],
  ])('refuses %j with the problem at its place', (text, start, end, message) => {
    const parsed = parseFaults(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]).toMatchObject({ start, end });
    expect(parsed.problems[0]?.message).toMatch(message);
  });

  it('refuses a plan longer than 4,096 characters without reading it', () => {
    const parsed = parseFaults('bom,'.repeat(2000));
    expect(parsed.ok).toBe(false);
  });

  test.prop([fc.string({ maxLength: 300 })])('never throws, and every problem lies inside the text', (text) => {
    const parsed = parseFaults(text);
    if (parsed.ok) return;
    expect(parsed.problems.length).toBeGreaterThan(0);
    for (const problem of parsed.problems) {
      expect(problem.start).toBeGreaterThanOrEqual(0);
      expect(problem.end).toBeLessThanOrEqual(Math.max(text.length, 4096));
      expect(problem.start).toBeLessThanOrEqual(problem.end);
    }
  });

  test.prop([planArbitrary])('formatFaults writes a plan that parses back to the same plan', (plan) => {
    expect(planOf(formatFaults(plan))).toEqual(plan);
  });
});

describe('createFaultSchedule', () => {
  it('429 on the first request of each page, then the page', () => {
    const schedule = createFaultSchedule(planOf('429@first'));
    expect(schedule.decide({ key: '/p?top=2', page: 1 }).status).toBe('429');
    expect(schedule.decide({ key: '/p?top=2&skip=2', page: 2 }).status).toBe('429');
    expect(schedule.decide({ key: '/p?top=2', page: 1 }).status).toBeUndefined();
    expect(schedule.decide({ key: '/p?top=2&skip=2', page: 2 }).status).toBeUndefined();
  });

  it('the first status fault that applies wins; the next fires on the next attempt', () => {
    const schedule = createFaultSchedule(planOf('429:0@first,500@page=3*1,bom'));
    const request = { key: 'k', page: 3 };
    expect(schedule.decide(request)).toMatchObject({ status: '429', retryAfter: { form: 'seconds', seconds: 0 }, bom: true });
    expect(schedule.decide(request)).toMatchObject({ status: '500', bom: true });
    expect(schedule.decide(request)).toEqual({ latencyMs: 0, bom: true, licenseActive: false, reset: false });
  });

  it('a reset applies only to an answer that is not a status fault', () => {
    const schedule = createFaultSchedule(planOf('503@first,reset*1'));
    expect(schedule.decide({ key: 'k', page: 1 })).toMatchObject({ status: '503', reset: false });
    expect(schedule.decide({ key: 'k', page: 1 })).toMatchObject({ reset: true });
    expect(schedule.decide({ key: 'k', page: 1 })).toMatchObject({ reset: false });
  });

  const requests = fc.array(fc.record({ key: fc.constantFrom('a', 'b', 'c', 'd'), page: fc.integer({ min: 1, max: 5 }) }), { maxLength: 60 });

  test.prop([planArbitrary, requests])('the same plan and requests meet the same faults', (plan, sequence) => {
    const first = createFaultSchedule(plan);
    const second = createFaultSchedule(plan);
    expect(sequence.map((request) => first.decide(request))).toEqual(sequence.map((request) => second.decide(request)));
  });

  test.prop([planArbitrary, requests])("a request's faults do not depend on other requests made meanwhile", (plan, sequence) => {
    const together = createFaultSchedule(plan);
    const decisions = sequence.map((request) => ({ request, decision: together.decide(request) }));
    for (const key of ['a', 'b', 'c', 'd']) {
      const alone = createFaultSchedule(plan);
      for (const { request, decision } of decisions.filter((entry) => entry.request.key === key)) expect(alone.decide(request)).toEqual(decision);
    }
  });

  test.prop([planArbitrary, fc.integer({ min: 1, max: 5 })])('a rule with *N fires at most N times per request', (plan, page) => {
    const schedule = createFaultSchedule(plan);
    const fired = new Map<string, number>();
    for (let attempt = 0; attempt < 20; attempt++) {
      const decision = schedule.decide({ key: 'k', page });
      if (decision.status !== undefined) fired.set(decision.status, (fired.get(decision.status) ?? 0) + 1);
    }
    for (const [status, count] of fired) {
      const rules = plan.rules.filter((rule) => rule.kind === status);
      if (rules.every((rule) => rule.times !== undefined)) expect(count).toBeLessThanOrEqual(rules.reduce((sum, rule) => sum + (rule.times ?? 0), 0));
    }
  });

  test.prop([fc.integer({ min: 0, max: 1000 })])('latency stays inside its range', (seed) => {
    const schedule = createFaultSchedule(planOf(`seed=${seed},latency:10-20`));
    for (let attempt = 0; attempt < 10; attempt++) {
      const { latencyMs } = schedule.decide({ key: `k${attempt % 3}`, page: 1 });
      expect(latencyMs).toBeGreaterThanOrEqual(10);
      expect(latencyMs).toBeLessThanOrEqual(20);
    }
  });
});
