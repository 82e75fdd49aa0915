import { bodyInProse, formNameIssuedBy } from '@antq/domain';
import type { Block } from './blocks.js';
import { annexBlocks } from './decision-annex.js';
import {
  authorityName, countPhrase, decisionGrounds, headTitle, kindsPhrase, officeHead, punctuateGrounds,
} from './decision-text.js';
import { documentBytes, officialDocument } from './official.js';

export type AuthorityLevel = 'ward' | 'district' | 'province' | 'ministry' | 'government';

export type DecisionRecipient =
  | { kind: 'collective'; name: string; collectiveType?: string }
  | { kind: 'individual'; name: string; position?: string; unit: string; birthYear?: number }
  | { kind: 'household'; name: string; address: string };

export type RecipientKind = DecisionRecipient['kind'];

export interface DecisionLine {
  outcomeId: string;
  nominationId: string;
  formCode: string;
  wardId?: string;
  recipient: DecisionRecipient;
  revoked?: { number: string; date: string; issuingBody: string; reason?: string };
}

/** The award decision as the API returns it, with the names of the forms it uses. */
export interface DecisionDocumentInput {
  decision: {
    decisionId: string;
    fields: {
      authorityLevel: AuthorityLevel;
      issuingBody: string;
      number: string;
      date: string;
      place: string;
      signer: { name: string; title: string };
    };
    lines: DecisionLine[];
  };
  /** The catalogue's forms; a generic committee in a name becomes the issuing one ("… của Chủ tịch Ủy ban nhân dân quận Kiến An"). */
  forms: Array<{ code: string; name: string }>;
  /**
   * The issuer's managing body, printed above it (a department under its committee). Never
   * printed above a People's Committee, which has none (see `superiorBody`).
   */
  parentBody?: string;
  /** What the recipients are rewarded for; defaults to the movement. */
  achievementFor?: string;
  /** "Nơi nhận"; defaults to "Như Điều 3". "Lưu: VT." is always added last. */
  recipients?: string[];
  /** Replaces the grounds cited from the authority level and date (e.g. to add a local regulation). */
  preamble?: string[];
  /** Adds "Xét đề nghị của ..." as the last ground, e.g. "Trưởng phòng Nội vụ quận". */
  proposedBy?: string;
}

const defaultAchievement = 'đã có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc';

export interface FormGroup {
  code: string;
  name: string;
  lines: DecisionLine[];
}

/**
 * Lines per form, in the order of `forms`, each form named as this decision awards it; a code
 * without a name stops the document.
 */
export function groupByForm(input: DecisionDocumentInput): FormGroup[] {
  const names = new Map(input.forms.map((f) => [f.code, formNameIssuedBy(f.name, input.decision.fields.issuingBody)]));
  const unknown = input.decision.lines.find((l) => !names.has(l.formCode));
  if (unknown) throw new Error(`Không có tên cho hình thức khen thưởng “${unknown.formCode}”`);
  return input.forms
    .map((f) => ({ code: f.code, name: names.get(f.code)!, lines: input.decision.lines.filter((l) => l.formCode === f.code) }))
    .filter((g) => g.lines.length > 0);
}

function counts(lines: DecisionLine[]): Partial<Record<RecipientKind, number>> {
  const out: Partial<Record<RecipientKind, number>> = {};
  for (const l of lines) out[l.recipient.kind] = (out[l.recipient.kind] ?? 0) + 1;
  return out;
}

const article = (n: number, text: string): Block => ({ kind: 'paragraph', text: [{ text: `Điều ${n}. `, bold: true }, { text }] });

/**
 * Revoked lines stay in the counts: the document reproduces the decision as signed, and the
 * annex marks which awards were later withdrawn.
 */
function articles(input: DecisionDocumentInput, groups: FormGroup[]): Block[] {
  const { fields, lines } = input.decision;
  const achievement = (input.achievementFor ?? defaultAchievement).trim().replace(/[.;]+$/, '');
  const first: Block[] =
    groups.length === 1
      ? [article(1, `Tặng ${groups[0]!.name} cho ${countPhrase(counts(lines))} (có danh sách kèm theo) ${achievement}.`)]
      : [
          article(1, `Khen thưởng ${countPhrase(counts(lines))} (có danh sách kèm theo) ${achievement}, cụ thể như sau:`),
          ...groups.map((g, i): Block => ({
            kind: 'paragraph',
            text: `${i + 1}. Tặng ${g.name} cho ${countPhrase(counts(g.lines))}${i === groups.length - 1 ? '.' : ';'}`,
          })),
        ];
  const kinds = kindsPhrase(lines.map((l) => l.recipient.kind));
  return [
    ...first,
    article(2, 'Quyết định này có hiệu lực kể từ ngày ký.'),
    article(
      3,
      `${officeHead(fields.authorityLevel, fields.issuingBody)}, Thủ trưởng các cơ quan, đơn vị có liên quan, các ${kinds} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`,
    ),
  ];
}

/** The award decision ("Quyết định về việc khen thưởng") with its list of recipients as an annex, as .docx bytes. */
export async function awardDecisionDocx(given: DecisionDocumentInput): Promise<Uint8Array> {
  // The body as prose writes it ("Ủy ban nhân dân thành phố Đồng Hới", not "UBND Thành Phố Đồng
  // Hới"), in the header, the authority line, the articles and the annex alike.
  const input: DecisionDocumentInput = {
    ...given,
    decision: { ...given.decision, fields: { ...given.decision.fields, issuingBody: bodyInProse(given.decision.fields.issuingBody) } },
  };
  const { fields, lines } = input.decision;
  if (lines.length === 0) throw new Error('Quyết định không có đối tượng khen thưởng');
  const groups = groupByForm(input);
  const kinds = lines.map((l) => l.recipient.kind);
  const achievement = input.achievementFor?.trim().replace(/[.;]+$/, '');
  const { head, deputy } = headTitle(fields.signer.title);
  const grounds = [...(input.preamble ?? decisionGrounds(fields.authorityLevel, fields.date))];
  if (input.proposedBy) grounds.push(`Xét đề nghị của ${input.proposedBy.trim()}`);

  const doc = officialDocument({
    parentBody: input.parentBody,
    issuingBody: fields.issuingBody,
    number: fields.number,
    place: fields.place,
    date: fields.date,
    kind: 'Quyết định',
    subject: `Về việc khen thưởng ${kindsPhrase(kinds)}${achievement ? ` ${achievement}` : ''}`,
    authority: authorityName(fields.signer.title, fields.issuingBody),
    preamble: punctuateGrounds(grounds),
    body: [{ kind: 'heading', text: 'QUYẾT ĐỊNH:', align: 'center' }, ...articles(input, groups)],
    signer: { capacity: deputy ? `KT. ${head}` : undefined, title: fields.signer.title, name: fields.signer.name },
    recipients: input.recipients ?? ['Như Điều 3'],
    annex: annexBlocks(input, groups),
  });
  return documentBytes(doc);
}
