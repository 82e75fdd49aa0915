import { type DistrictReport, type ProvinceReport, unitPlace, vietnamDay } from '@antq/domain';
import type { Block } from './blocks.js';
import { documentBytes, officialDocument } from './official.js';
import type { Signer } from './signature.js';
import { awardBlocks, districtPlanning, inSentence, movementBlocks, paragraph, programmeBlocks, provincePlanning } from './report-text.js';
import { unitTable } from './report-table.js';

/** The parts of the provincial report the document uses. */
export type ProvinceReportInput = Omit<ProvinceReport, 'itemsRead'>;

/** The parts of a district's report the document uses: its row, its figures, the wards, the award forms' names. */
export type DistrictReportInput = Pick<DistrictReport, 'district' | 'year' | 'row' | 'figures' | 'wards' | 'awardForms'>;

export interface ReportDocumentOptions {
  /** Defaults to "Ủy ban nhân dân <quận>" for a district, "Công an <tỉnh>" for a province. */
  issuingBody?: string;
  /** The issuer's managing body above it; none by default, and never above a People's Committee (see `superiorBody`). */
  parentBody?: string;
  /** Defaults to "…/BC-…", for the clerk to fill in when registering the report. */
  number?: string;
  /** Defaults to the unit's place name: "Kiến An", "Hải Phòng", "Đồng Hới" (see `unitPlace`). */
  place?: string;
  /** yyyy-mm-dd; defaults to today. */
  date?: string;
  /** Defaults from the issuing body, with a dotted line for the name to be typed or written on. */
  signer?: Signer;
  /** "Nơi nhận"; "Lưu: VT." is added last when missing. */
  recipients?: string[];
  /** Section V; blank dotted lines to fill in by hand when absent. */
  proposals?: string[];
}

const movementName = 'phong trào Toàn dân bảo vệ an ninh Tổ quốc';

// Today in Vietnam, not in the server's zone: a report generated at 6 am in Hà Nội on a UTC
// server would otherwise be dated the day before. en-CA formats as yyyy-mm-dd.

/** Who signs for a body when the caller did not say: the head of a People's Committee on its behalf, or the head of a police unit. */
function defaultSigner(issuingBody: string): Signer {
  if (/^ủy ban nhân dân/i.test(issuingBody)) return { capacity: 'TM. Ủy ban nhân dân', title: 'Chủ tịch', name: '' };
  if (/^công an (tỉnh|thành phố)/i.test(issuingBody)) return { title: 'Giám đốc', name: '' };
  if (/^công an/i.test(issuingBody)) return { title: 'Trưởng Công an', name: '' };
  return { title: 'Thủ trưởng cơ quan', name: '' };
}

// The dots a coordinator writes the proposals on; no spaces, so justification cannot stretch them.
const blankLine = '.'.repeat(110);

interface ReportParts {
  unitName: string;
  year: number;
  issuingBody: string;
  recipients: string[];
  sections: { planning: Block[]; movement: Block[]; programme: Block[]; awards: Block[]; table: Block[] };
}

function reportDocument(parts: ReportParts, options: ReportDocumentOptions): Promise<Uint8Array> {
  const { unitName, year, issuingBody, sections } = parts;
  const heading = (text: string): Block => ({ kind: 'heading', text, caps: true });
  const proposals = options.proposals?.length ? options.proposals.map(paragraph) : [paragraph(blankLine), paragraph(blankLine), paragraph(blankLine)];
  const body: Block[] = [
    paragraph(`Thực hiện chế độ báo cáo về ${movementName}, ${issuingBody} báo cáo kết quả thực hiện phong trào năm ${year} trên địa bàn ${inSentence(unitName)} như sau:`),
    heading('I. Kế hoạch và tự đánh giá'),
    ...sections.planning,
    heading('II. Xây dựng phong trào'),
    ...sections.movement,
    heading('III. Thực hiện chương trình phối hợp'),
    ...sections.programme,
    heading('IV. Công tác khen thưởng'),
    ...sections.awards,
    ...sections.table,
    heading('V. Đề xuất, kiến nghị'),
    ...proposals,
    paragraph(`Trên đây là báo cáo kết quả thực hiện ${movementName} năm ${year} của ${issuingBody}./.`),
  ];
  return documentBytes(
    officialDocument({
      ...(options.parentBody ? { parentBody: options.parentBody } : {}),
      issuingBody,
      number: options.number ?? '…/BC-…',
      place: options.place ?? unitPlace(unitName),
      date: options.date ?? vietnamDay(),
      kind: 'Báo cáo',
      subject: `Kết quả thực hiện ${movementName} năm ${year}`,
      body,
      signer: options.signer ?? defaultSigner(issuingBody),
      recipients: options.recipients ?? parts.recipients,
    }),
  );
}

/**
 * The provincial report ("Báo cáo kết quả thực hiện phong trào ... năm ...") for the province's
 * police to sign and send to the Ministry: figures from the province's totals, then the table
 * of districts.
 */
export function provinceReportDocx(report: ProvinceReportInput, options: ReportDocumentOptions = {}): Promise<Uint8Array> {
  const name = report.provinceName;
  return reportDocument(
    {
      unitName: name,
      year: report.year,
      issuingBody: options.issuingBody ?? `Công an ${inSentence(name)}`,
      recipients: ['Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc, Bộ Công an (để b/c)', `UBND ${inSentence(name)} (để b/c)`, 'Lưu: VT.'],
      sections: {
        planning: provincePlanning(report.year, report.districts, report.total),
        movement: movementBlocks(report.total),
        programme: programmeBlocks(report.total),
        awards: awardBlocks(report.year, report.total),
        table: unitTable({ unitHeader: 'Quận, huyện', rows: report.districts, total: report.total, totalName: 'Tổng cộng', level: 'province' }),
      },
    },
    options,
  );
}

/**
 * The district's report for the coordinator to have signed and sent to the province: each
 * campaign's figures, the movement, the programmes and awards, then the table of wards.
 */
export function districtReportDocx(report: DistrictReportInput, options: ReportDocumentOptions = {}): Promise<Uint8Array> {
  const { district, year, row, figures } = report;
  const known = Object.entries(report.awardForms).map(([code, name]) => ({ name, count: figures.awards.byForm[code] ?? 0 }));
  const unknown = Object.entries(figures.awards.byForm)
    .filter(([code]) => !(code in report.awardForms))
    .map(([code, count]) => ({ name: code, count }));
  return reportDocument(
    {
      unitName: district.name,
      year,
      issuingBody: options.issuingBody ?? `Ủy ban nhân dân ${inSentence(district.name)}`,
      recipients: [`Công an ${inSentence(district.provinceName)} (để b/c)`, 'Lưu: VT.'],
      sections: {
        planning: districtPlanning(inSentence(district.name), year, figures.campaigns),
        movement: movementBlocks(row, figures.movement),
        programme: programmeBlocks(row),
        awards: awardBlocks(year, row, [...known, ...unknown]),
        table: unitTable({ unitHeader: 'Phường, xã', rows: report.wards, total: row, totalName: `Toàn ${inSentence(district.name)}`, level: 'district' }),
      },
    },
    options,
  );
}
