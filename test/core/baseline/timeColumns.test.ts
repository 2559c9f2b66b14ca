import { resolveDateOrder } from '../../../src/core/baseline';
import { errorOf } from './helpers';

describe('resolveDateOrder', () => {
  it('infers day-first from a first field above 12, anywhere in the log', () => {
    const order = resolveDateOrder(
      [
        { name: 'created', cells: ['1/3/2016 10:00', '2/3/2016 10:00'] },
        { name: 'resolved', cells: ['', '29/2/2016 01:16'] },
      ],
      'auto',
    );
    expect(order).toEqual({ dayFirst: true, note: 'day-first (inferred from "29/2/2016 01:16")' });
  });

  it('infers month-first from a second field above 12', () => {
    const order = resolveDateOrder([{ name: 'created', cells: ['3/4/2016', '2/29/2016'] }], 'auto');
    expect(order.dayFirst).toBe(false);
  });

  it('refuses to guess when every value could be read either way, naming column and value', () => {
    const e = errorOf(() =>
      resolveDateOrder(
        [
          { name: 'created', cells: [45292, '1/1/2016'] },
          { name: 'resolved', cells: ['3/4/2016 10:00', '12/11/2016'] },
        ],
        'auto',
      ),
    );
    expect(e.code).toBe('ambiguousDate');
    expect(e.message).toBe(
      'resolved could be day-first or month-first ("3/4/2016 10:00"). No value has a day above 12 ' +
        'to tell. Give the date order as "DMY" (29/2/2016) or "MDY" (2/29/2016).',
    );
  });

  it('uses the order given even when the data cannot tell', () => {
    expect(resolveDateOrder([{ name: 'c', cells: ['3/4/2016'] }], 'mdy').dayFirst).toBe(false);
    expect(resolveDateOrder([{ name: 'c', cells: ['3/4/2016'] }], 'dmy').dayFirst).toBe(true);
  });

  it('refuses a log that proves both orders', () => {
    const e = errorOf(() =>
      resolveDateOrder(
        [
          { name: 'created', cells: ['29/2/2016'] },
          { name: 'resolved', cells: ['2/29/2016'] },
        ],
        'auto',
      ),
    );
    expect(e.code).toBe('mixedDateOrder');
    expect(e.message).toContain('resolved has "2/29/2016", which is month-first, but created has');
  });

  it('needs no order when no value is day/month text (1/1/2016 reads the same both ways)', () => {
    expect(
      resolveDateOrder([{ name: 'c', cells: [42429, '2016-03-01', '1/1/2016'] }], 'auto'),
    ).toEqual({ dayFirst: true, note: 'no day/month text to read' });
  });
});
