import { ArgsType, Field } from 'type-graphql';
import { LocalDate } from '../common/scalars';
import { DocumentKind } from '../enums';

/** The text plus what it may not say itself; the hints win over the header, as in `npm run ingest`. */
@ArgsType()
export class IngestDocumentArgs {
  @Field(() => String, {
    description:
      'The full text of one Presidential document (plain text, e.g. from the Federal Register or pdftotext).',
  })
  text!: string;

  @Field(() => DocumentKind, { nullable: true, description: 'The kind, when the text does not say.' })
  kind?: DocumentKind;

  @Field(() => String, {
    nullable: true,
    description: 'The number, e.g. "14010" (or "2022-13" for a determination), when the text does not say.',
  })
  number?: string;

  @Field(() => LocalDate, { nullable: true, description: 'The signing date, when the text does not say.' })
  signedOn?: string;
}
