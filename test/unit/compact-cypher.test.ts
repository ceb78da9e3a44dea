import { compactCypher } from '../../src/graph/compact';
import { query } from '../../src/graph/queries';

describe('compactCypher', () => {
  it('drops comments and runs of whitespace', () => {
    const cypher = `// Every hop of the chain
MATCH (d:PresidentialDocument {id: $id})   // the start
  /* a block
     comment */ RETURN d.id AS id`;
    expect(compactCypher(cypher)).toBe('MATCH (d:PresidentialDocument {id: $id}) RETURN d.id AS id');
  });

  it('keeps string literals and backquoted names byte for byte, comment marks and escaped quotes included', () => {
    const cypher = `RETURN 'https://www.federalregister.gov  //x' AS url,  "it\\"s // kept" AS q, n.\`odd  // name\`\` \` AS v // gone`;
    expect(compactCypher(cypher)).toBe(
      `RETURN 'https://www.federalregister.gov  //x' AS url, "it\\"s // kept" AS q, n.\`odd  // name\`\` \` AS v`,
    );
  });

  it('leaves a named query of cypher/ under the size neo4j-driver writes at once (1,400 bytes with its parameters)', () => {
    const chain = query('documents', 'revocationChain');
    expect(chain).toContain('//');
    const sent = compactCypher(chain);
    expect(sent).not.toMatch(/\/\/|\n| {2}/);
    expect(Buffer.byteLength(sent)).toBeLessThan(1000);
    expect(Buffer.byteLength(chain)).toBeGreaterThan(1400);
  });
});
