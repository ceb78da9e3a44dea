/** Reading a documents.json page: typed records, broken records reported, non-pages refused. */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { CatalogueFormatError, readCatalogue, readCatalogueFile } from '../../../src/federal-register/catalogue';

const good = {
  document_number: '2021-02561',
  executive_order_number: 14010,
  title: 'Creating a Comprehensive Regional Framework To Address the Causes of Migration',
  president: { name: 'Joseph R. Biden Jr.' },
  signing_date: '2021-02-02',
  publication_date: '2021-02-05',
  citation: '86 FR 8267',
  disposition_notes: 'Revoked by: EO 14148, January 20, 2025',
};
const page = (...results: unknown[]) => ({ count: results.length, description: 'test', results });

describe('readCatalogue', () => {
  it('reads a record into a typed order with its DESIGN.md id', () => {
    expect(readCatalogue(page(good), 'p1.json')).toEqual({
      orders: [
        {
          id: 'eo-14010',
          executiveOrderNumber: 14010,
          documentNumber: '2021-02561',
          title: good.title,
          president: 'Joseph R. Biden Jr.',
          signingDate: '2021-02-02',
          publicationDate: '2021-02-05',
          citation: '86 FR 8267',
          dispositionNotes: 'Revoked by: EO 14148, January 20, 2025',
          position: 0,
        },
      ],
      problems: [],
    });
  });

  it('takes notes from the older executive_order_notes field and a quoted order number', () => {
    const old = {
      ...good,
      executive_order_number: '12890',
      disposition_notes: undefined,
      executive_order_notes: 'See: EO 12864',
    };
    const [order] = readCatalogue(page(old), 'old.json').orders;
    expect([order.id, order.dispositionNotes]).toEqual(['eo-12890', 'See: EO 12864']);
  });

  it('reads the rest of a page and reports each broken record with its position and reason', () => {
    const json = page(
      good,
      { ...good, executive_order_number: undefined, document_number: '94-1' },
      { ...good, executive_order_number: 'EO 12345', document_number: '94-2' },
      { ...good, executive_order_number: 14011, signing_date: '2021-02-30' },
      { ...good, executive_order_number: 14012, publication_date: '02/05/2021' },
      { ...good, executive_order_number: 14013, title: '' },
      'not a record',
      { ...good, document_number: '2021-99999' },
      { ...good, executive_order_number: 14159 },
    );
    const { orders, problems } = readCatalogue(json, 'page-2.json');
    expect(orders.map((o) => [o.id, o.position])).toEqual([
      ['eo-14010', 0],
      ['eo-14159', 8],
    ]);
    expect(problems).toEqual([
      { source: 'page-2.json', position: 1, documentNumber: '94-1', reason: 'executive_order_number is missing' },
      {
        source: 'page-2.json',
        position: 2,
        documentNumber: '94-2',
        reason: 'executive_order_number is not a positive whole number: "EO 12345"',
      },
      {
        source: 'page-2.json',
        position: 3,
        documentNumber: '2021-02561',
        reason: 'signing_date is not a YYYY-MM-DD date: "2021-02-30"',
      },
      {
        source: 'page-2.json',
        position: 4,
        documentNumber: '2021-02561',
        reason: 'publication_date is not a YYYY-MM-DD date: "02/05/2021"',
      },
      { source: 'page-2.json', position: 5, documentNumber: '2021-02561', reason: 'title is missing' },
      { source: 'page-2.json', position: 6, reason: 'record is string, not an object' },
      {
        source: 'page-2.json',
        position: 7,
        documentNumber: '2021-99999',
        reason: 'EO 14010 already read at position 0',
      },
    ]);
  });

  it('refuses a value that is not a documents.json page, naming the source and the expected shape', () => {
    expect(() => readCatalogue([good], 'list.json')).toThrow(CatalogueFormatError);
    expect(() => readCatalogue([good], 'list.json')).toThrow(
      /^list\.json: expected Federal Register documents\.json.*results: \[\.\.\.\]\}; got an array$/,
    );
    expect(() => readCatalogue({ count: 1, results: {} }, 'obj.json')).toThrow(
      /obj\.json: .*"results" is object, not an array/,
    );
  });

  it('refuses a file that is not JSON, naming the file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fr-')), 'documents.json');
    writeFileSync(file, '<html>rate limited</html>');
    expect(() => readCatalogueFile(file)).toThrow(CatalogueFormatError);
    expect(() => readCatalogueFile(file)).toThrow(`${file}: expected Federal Register documents.json`);
  });
});
