/**
 * The boards of the Selective Service System: "The local board shall mail a Classification Questionnaire (SSS Form No.
 * 100) to a registrant" (EO 9988, 1948), "The appeal board shall classify the registrant" in the Selective Service
 * Regulations the orders of 1940-1976 prescribe and amend. The Selective Service Act sets up the local and appeal boards
 * within the System, as it does its State Directors, whom the register already reads as the System; no order
 * establishes one, and a board of that name in an order that does not speak of Selective Service is another board.
 */
import { Provision } from '../model';
import { matchAll } from './patterns';

/**
 * "the local board", "a local board", "the registrant's own local board", "such appeal board"; not a possessive, nor a
 * word the board names ("Each local board member, including the chairman, shall be assigned to a panel", EO 10202;
 * "Each local board area shall be entirely within one appeal board area", EO 10292).
 */
const BOARD =
  /\b(?:[Tt]he|[Aa]|[Ee]ach|[Ee]very|[Ss]uch|[Aa]ny|[Nn]o|[Ss]aid|[Tt]he registrant's(?: own)?)\s+(?:(?:said|such)\s+)?(?:[Ll]ocal|[Aa]ppeal)\s+[Bb]oards?\b(?!['’])(?![\s-]+(?:members?|areas?|chairman|clerks?|offices?|files?|records?|action|numbers?)\b)/g;
const MAY_NAME = /(?:ocal|ppeal) [Bb]oard/;

/** Whether the order speaks of the Selective Service (its Act, System, Director or regulations). */
export function speaksOfSelectiveService(provisions: readonly Provision[]): boolean {
  return provisions.some((p) => p.text.includes('Selective Service'));
}

/** The mentions of the System's boards in `text`. */
export function selectiveServiceBoards(text: string): RegExpExecArray[] {
  return MAY_NAME.test(text) ? matchAll(BOARD, text) : [];
}
