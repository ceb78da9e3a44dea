import { longestChain } from '../../src/graph/explore';

const links = (...pairs: Array<[string, string]>) => pairs.map(([revoking, revoked]) => ({ revoking, revoked }));

describe('the longest revocation chain of the first view', () => {
  it('runs from the first order revoked to the last revoking, through the longest branch', () => {
    // eo-3 revokes eo-2, which revokes eo-1; eo-9 revokes eo-3; a side branch eo-5 -> eo-4 is shorter.
    expect(longestChain(links(['eo-3', 'eo-2'], ['eo-2', 'eo-1'], ['eo-9', 'eo-3'], ['eo-5', 'eo-4']))).toEqual([
      'eo-1',
      'eo-2',
      'eo-3',
      'eo-9',
    ]);
  });

  it('is empty when nothing revokes anything', () => {
    expect(longestChain([])).toEqual([]);
  });

  it('never walks a loop twice when two texts name each other', () => {
    const chain = longestChain(links(['eo-1', 'eo-2'], ['eo-2', 'eo-1'], ['eo-3', 'eo-1']));
    expect(new Set(chain).size).toBe(chain.length);
    expect(chain).toEqual(['eo-2', 'eo-1', 'eo-3']);
  });

  it('gives the same chain whatever order the links come in', () => {
    const pairs: Array<[string, string]> = [
      ['b', 'a'],
      ['c', 'b'],
      ['y', 'x'],
      ['z', 'y'],
    ];
    expect(longestChain(links(...pairs))).toEqual(longestChain(links(...[...pairs].reverse())));
  });
});
