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

  it('sends a named query of cypher/ without its comments and indentation, most of its bytes', () => {
    const named = query('agencies', 'agencyResponsibilities');
    expect(named).toContain('//');
    const sent = compactCypher(named);
    expect(sent).not.toMatch(/\/\/|\n| {2}/);
    // Its comments and indentation are more than a third of it: what neo4j-driver writes in 1,400-byte chunks.
    expect(Buffer.byteLength(sent)).toBeLessThan((2 / 3) * Buffer.byteLength(named));
  });
});
