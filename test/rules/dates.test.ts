import { describe, expect, it } from 'vitest';
import { dateRange, formatPartialDate, strictlyBefore } from '../../src/rules/dates';

describe('partial dates', () => {
  it('treats a month as all of its days', () => {
    const june = dateRange('2021-06');
    expect(june.end - june.start).toBe(29);
    expect(dateRange('2021-02').end - dateRange('2021-02').start).toBe(27);
    expect(dateRange('2020-02').end - dateRange('2020-02').start).toBe(28);
  });

  it('orders only what the precision settles', () => {
    expect(strictlyBefore('2021-04-14', '2021-06-09')).toBe(true);
    expect(strictlyBefore('2021-06-09', '2021-06')).toBe(false);
    expect(strictlyBefore('2021-06', '2021-06-09')).toBe(false);
    expect(strictlyBefore('2014', '2015')).toBe(true);
    expect(strictlyBefore('2021-02', '2021-02')).toBe(false);
    expect(strictlyBefore('2021-06-09', '2021-06-09')).toBe(false);
    expect(strictlyBefore('2021-05-31', '2021-06')).toBe(true);
    expect(strictlyBefore('2021-06-01', '2021-06')).toBe(false);
    expect(strictlyBefore('2020-12-31', '2021')).toBe(true);
  });

  it('formats at the known precision', () => {
    expect(formatPartialDate('2014')).toBe('2014');
    expect(formatPartialDate('2021-06')).toBe('June 2021');
    expect(formatPartialDate('2021-06-09')).toBe('9 June 2021');
  });
});
