/**
 * The Government of the Ryukyu Islands, which the orders of 1957-1971 organise and task through its Chief Executive,
 * is a register entry under the civil administration, dated to its years. Real lines of EO 10713 (1957).
 */
import { AgencyResolver } from '../../../src/ingest/parse/agencies';
import { loadReference } from '../../../src/ingest/reference';
import { resolver } from '../../support/agency-resolver';

describe('the Government of the Ryukyu Islands', () => {
  const vested =
    'The executive power of the Government of the Ryukyu Islands shall be vested in a Chief Executive who shall be a Ryukyuan, appointed by the High Commissioner after consultation with representatives of the legislative body.';

  it('reads "the Chief Executive" as the Government whose executive power is vested in him (EO 10713, 1957)', () => {
    const r = resolver('eo-10713', '1957-06-05', vested);
    const chief = r.mentions(
      'The Chief Executive shall have general supervision and control of all executive agencies and instrumentalities of the Government of the Ryukyu Islands and shall faithfully execute the laws and ordinances applicable to the Ryukyu Islands.',
    )[0];
    expect([chief.text, chief.actor, chief.actorId]).toEqual(['The Chief Executive', 'AGENCY', 'ryukyu-government']);
    expect(r.found.get('ryukyu-government')?.parentId).toBe('ryukyu-hicom');
  });

  it('names nothing before the civil administration set it up, nor long after reversion', () => {
    const register = new AgencyResolver(loadReference(), { docId: 'x', provisions: [] }).register;
    expect(register.resolve('Government of the Ryukyu Islands', '1962-03-19')?.id).toBe('ryukyu-government');
    expect(register.resolve('Government of the Ryukyu Islands', '1950-01-01')).toBeUndefined();
    expect(register.resolve('Government of the Ryukyu Islands', '1980-01-01')).toBeUndefined();
  });
});
