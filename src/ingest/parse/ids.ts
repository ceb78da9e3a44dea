import { DocumentKind } from '../model';

/** Lower-case, ASCII, hyphen-separated: the readable tail of every "kind-slug" id. */
export function slug(text: string): string {
  // accents are taken off only where there can be any: printable ASCII is its own NFKD form (ids are made by the ten thousand)
  const plain = /[^\t\n\r -~]/.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  return plain
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The id clients compute for a document: eo-14010, proc-9880, pm-2019-04-29, pd-2022-13, nsm-3. */
export function documentId(kind: DocumentKind, number?: string, signedOn?: string, sameDaySeq = 1): string {
  const suffix = sameDaySeq > 1 ? `-${sameDaySeq}` : '';
  switch (kind) {
    case 'EXECUTIVE_ORDER':
      // a lettered order ("199-A") keeps its letter, lower-cased as every id is: eo-199-a
      return `eo-${requireValue(number, kind).toLowerCase()}`;
    case 'PROCLAMATION':
      return `proc-${requireValue(number, kind)}`;
    case 'NATIONAL_SECURITY_MEMORANDUM':
      return `nsm-${requireValue(number, kind)}`;
    case 'PRESIDENTIAL_DETERMINATION':
      return `pd-${requireValue(number, kind)}`;
    case 'MEMORANDUM':
      return `pm-${requireValue(signedOn, kind)}${suffix}`;
  }
}

function requireValue(value: string | undefined, kind: DocumentKind): string {
  if (!value) {
    throw new Error(`A ${kind} needs ${kind === 'MEMORANDUM' ? 'a signing date' : 'a number'} to get an id`);
  }
  return value;
}

export function provisionId(docId: string, path: string): string {
  return `${docId}:${path}`;
}

export function directiveId(provId: string, ordinal: number): string {
  return `${provId}#${ordinal}`;
}
