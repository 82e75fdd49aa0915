import { type CampaignFigures, catalogueWithCount, type MovementCounts, type ReportRow, titleCountsCriteria, unitInProse } from '@antq/domain';
import type { Block } from './blocks.js';

/** The name as written inside a sentence: "quận Kiến An", "thành phố Đồng Hới" (see `unitInProse`). */
export const inSentence = unitInProse;

/** Thousands with a dot, decimals with a comma, as Vietnamese documents write them. */
export const num = (n: number): string => n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });

const percent = (part: number, whole: number) => (whole > 0 ? ` (đạt ${num((part / whole) * 100)}%)` : '');

export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

interface Progress {
  /** "phường, xã", or "lượt phường, xã" when a ward counts once per campaign. */
  wards: string;
  expected: number;
  plans: { submitted: number; onTime: number; approved: number };
  assessments: { submitted: number; approved: number; allMet: number };
  /** "34 tiêu chí", or "tiêu chí của đợt đánh giá" across campaigns. */
  criteria: string;
  returned?: number;
}

const andList = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} và ${items.at(-1)}` : (items[0] ?? ''));

/**
 * How far the wards got, for one campaign or all of them: "có 9/10 phường, xã nộp kế hoạch, trong
 * đó 8 đúng hạn, …". A figure that is zero is not printed as "0 …": the clause it belongs to is
 * left out, or says "chưa có … nào" when nothing was sent at all.
 */
function progressClause(p: Progress): string {
  const parts: string[] = [];
  const none: string[] = [];
  if (p.plans.submitted > 0) {
    const detail = [p.plans.onTime > 0 && `${num(p.plans.onTime)} đúng hạn`, p.plans.approved > 0 && `${num(p.plans.approved)} kế hoạch đã được phê duyệt`].filter(Boolean);
    parts.push(`${num(p.plans.submitted)}/${num(p.expected)} ${p.wards} nộp kế hoạch${detail.length ? `, trong đó ${detail.join(', ')}` : ''}`);
  } else none.push('kế hoạch');
  if (p.assessments.submitted > 0) {
    const approved = p.assessments.approved > 0 ? `, ${num(p.assessments.approved)} kết quả đã được phê duyệt` : '';
    parts.push(`${num(p.assessments.submitted)}/${num(p.expected)} ${p.wards} nộp kết quả tự đánh giá${approved}`);
    parts.push(p.assessments.allMet > 0 ? `${num(p.assessments.allMet)} ${p.wards} đạt đủ ${p.criteria}` : `chưa có ${p.wards} nào đạt đủ ${p.criteria}`);
  } else none.push('kết quả tự đánh giá');
  if (p.returned) parts.push(`${num(p.returned)} hồ sơ bị trả lại để hoàn thiện`);
  const sent = parts.length > 0 && !parts[0]!.startsWith('chưa') ? `có ${parts.join('; ')}` : parts.join('; ');
  const missing = none.length > 0 ? `chưa có ${p.wards} nào nộp ${andList(none)}` : '';
  return `${[sent, missing].filter(Boolean).join('; ')}.`;
}

const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** One campaign of a district, the figures the province asks about: "có 9/10 phường, xã nộp kế hoạch, …". */
export function campaignClause(c: CampaignFigures): string {
  return progressClause({
    wards: 'phường, xã',
    expected: c.wards,
    plans: c.plans,
    assessments: c.assessments,
    criteria: `${num(c.criteriaCount)} tiêu chí`,
    returned: c.plans.returned + c.assessments.returned,
  });
}

/** Section I of a district's report, one paragraph per campaign of the year. */
export function districtPlanning(unit: string, year: number, campaigns: CampaignFigures[]): Block[] {
  const [only] = campaigns;
  if (!only) return [paragraph(`Năm ${year}, ${unit} chưa triển khai đợt đánh giá nào.`)];
  if (campaigns.length === 1) {
    const title = only.catalogueTitle.trim();
    const catalogue = titleCountsCriteria(title, only.criteriaCount) ? title : `${title} (${num(only.criteriaCount)} tiêu chí)`;
    return [
      paragraph(`Năm ${year}, ${unit} triển khai đợt đánh giá “${only.name}” theo ${catalogue} tại ${num(only.wards)} phường, xã.`),
      paragraph(capitalised(campaignClause(only))),
    ];
  }
  return [
    paragraph(`Năm ${year}, ${unit} triển khai ${num(campaigns.length)} đợt đánh giá:`),
    ...campaigns.map((c) => paragraph(`- Đợt “${c.name}” (${catalogueWithCount(c.catalogueTitle, c.criteriaCount)}): ${campaignClause(c)}`)),
  ];
}

/**
 * Section I of the provincial report, from the totals. With several campaigns in a district a
 * ward counts once per campaign, hence "lượt"; with at most one each, wards are counted plainly.
 */
export function provincePlanning(year: number, districts: ReportRow[], total: ReportRow): Block[] {
  if (total.campaigns === 0) return [paragraph(`Năm ${year}, các quận, huyện chưa triển khai đợt đánh giá nào.`)];
  const times = districts.every((d) => d.campaigns <= 1) ? '' : 'lượt ';
  const blocks = [
    paragraph(`Năm ${year}, ${num(districts.length)} quận, huyện với ${num(total.wards)} phường, xã triển khai tổng cộng ${num(total.campaigns)} đợt đánh giá.`),
    paragraph(
      capitalised(
        progressClause({
          wards: `${times}phường, xã`,
          expected: total.plansExpected,
          plans: { submitted: total.plansSubmitted, onTime: total.plansOnTime, approved: total.plansApproved },
          assessments: { submitted: total.assessmentsSubmitted, approved: total.assessmentsApproved, allMet: total.wardsAllCriteriaMet },
          criteria: 'tiêu chí của đợt đánh giá',
        }),
      ),
    ),
  ];
  const behind = districts.filter((d) => d.assessmentsSubmitted < d.assessmentsExpected);
  if (behind.length > 0) {
    const list = behind.map((d) => `${inSentence(d.unitName)} (${num(d.assessmentsExpected - d.assessmentsSubmitted)})`).join(', ');
    blocks.push(paragraph(`Các quận, huyện còn ${times}phường, xã chưa nộp kết quả tự đánh giá: ${list}.`));
  }
  return blocks;
}

/**
 * Section II; a district's own counts add what the flat row leaves out (attendance, festivals).
 * Each sentence is about something that happened: a kind of activity with no record is left
 * out, and a year without any says so once.
 */
export function movementBlocks(row: ReportRow, detail?: MovementCounts): Block[] {
  const blocks: Block[] = [];
  if (row.models > 0) {
    const active = row.activeModels > 0 ? `, trong đó ${num(row.activeModels)} mô hình đang hoạt động` : '';
    const replicated = detail?.replicatedModels ? `, ${num(detail.replicatedModels)} mô hình được nhân rộng` : '';
    blocks.push(paragraph(`Xây dựng, duy trì ${num(row.models)} mô hình, điển hình về bảo vệ an ninh, trật tự${active}${replicated}.`));
  }
  if (row.commitments > 0) {
    const signed = row.signatories > 0 ? ` với ${num(row.signatories)} người, đơn vị tham gia ký cam kết` : '';
    blocks.push(paragraph(`Tổ chức ${num(row.commitments)} lượt ký cam kết${signed}.`));
  }
  const opinions =
    row.opinionsReceived > 0
      ? `tiếp nhận ${num(row.opinionsReceived)} ý kiến, kiến nghị của Nhân dân, ` +
        (row.opinionsResolved > 0 ? `đã giải quyết ${num(row.opinionsResolved)} ý kiến${percent(row.opinionsResolved, row.opinionsReceived)}` : 'chưa giải quyết xong ý kiến nào')
      : '';
  if (row.forums > 0) {
    const attendance = detail?.forumAttendance ? ` với ${num(detail.forumAttendance)} lượt người tham dự` : '';
    blocks.push(paragraph(`Tổ chức ${num(row.forums)} diễn đàn${attendance}${opinions ? `; ${opinions}` : ''}.`));
  } else if (opinions) blocks.push(paragraph(`${capitalised(opinions)}.`));
  const gatherings = gatheringsPhrase(
    detail ? { review: detail.conferences, festivals: detail.festivals, events: detail.gatherings } : { review: row.reviewConferences, festivals: row.festivals, events: row.conferences },
  );
  if (gatherings) blocks.push(paragraph(`Tổ chức ${gatherings}.`));
  if (blocks.length === 0) blocks.push(paragraph('Trong năm chưa ghi nhận mô hình, lượt ký cam kết, diễn đàn hay hội nghị sơ kết, tổng kết nào.'));
  return blocks;
}

/**
 * "3 hội nghị sơ kết, tổng kết và 1 Ngày hội …": each kind counted once per column, so a review
 * conference held as the festival day is in both, and the phrase says so rather than let the
 * reader add up two events where there was one.
 */
function gatheringsPhrase(g: { review: number; festivals: number; events: number }): string {
  const festival = 'Ngày hội Toàn dân bảo vệ an ninh Tổ quốc';
  // Only the combined count known (older figures): one phrase for both kinds.
  if (g.review + g.festivals === 0) return g.events > 0 ? `${num(g.events)} hội nghị sơ kết, tổng kết và ${festival}` : '';
  const kinds = andList([g.review > 0 && `${num(g.review)} hội nghị sơ kết, tổng kết`, g.festivals > 0 && `${num(g.festivals)} ${festival}`].filter((k): k is string => Boolean(k)));
  const together = g.review + g.festivals - g.events;
  return together > 0 ? `${kinds}, trong đó ${num(together)} hội nghị tổ chức cùng Ngày hội` : kinds;
}

const programmeName = 'chương trình phối hợp giữa lực lượng Công an với Mặt trận Tổ quốc và các đoàn thể';

/** Section III, without sentences about zero activities or zero joint reports. */
export function programmeBlocks(row: ReportRow): Block[] {
  const reports = row.programmeReports > 0 ? `có ${num(row.programmeReports)} báo cáo liên tịch` : '';
  if (row.programmeActivities > 0) {
    const done =
      row.programmeActivitiesDone > 0
        ? `đã hoàn thành ${num(row.programmeActivitiesDone)} hoạt động${percent(row.programmeActivitiesDone, row.programmeActivities)}`
        : 'chưa có hoạt động nào hoàn thành';
    return [paragraph(`Triển khai ${num(row.programmeActivities)} hoạt động theo ${programmeName}, ${done}${reports ? `; ${reports}` : ''}.`)];
  }
  if (reports) return [paragraph(`Thực hiện ${programmeName}, ${reports}.`)];
  return [paragraph(`Trong năm chưa ghi nhận hoạt động nào theo ${programmeName}.`)];
}

/** Section IV: by recipient kind, then by form when the form counts are known (a district's report). */
export function awardBlocks(year: number, row: ReportRow, byForm?: Array<{ name: string; count: number }>): Block[] {
  if (row.awards === 0) return [paragraph(`Năm ${year}, chưa ghi nhận trường hợp nào được khen thưởng.`)];
  // Only the kinds that were awarded: "0 hộ gia đình" reads as an omission to fix.
  const kinds = ([[row.awardsCollective, 'tập thể'], [row.awardsIndividual, 'cá nhân'], [row.awardsHousehold, 'hộ gia đình']] as const)
    .filter(([n]) => n > 0)
    .map(([n, label]) => `${num(n)} ${label}`);
  const listed = kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} và ${kinds.at(-1)}` : (kinds[0] ?? '');
  const blocks = [paragraph(`Tổng số ${num(row.awards)} lượt khen thưởng${listed ? `, gồm ${listed}` : ''}.`)];
  const forms = (byForm ?? []).filter((f) => f.count > 0);
  if (forms.length > 0) {
    blocks.push(paragraph('Theo hình thức khen thưởng:'));
    forms.forEach((f, i) => blocks.push(paragraph(`- ${f.name}: ${num(f.count)}${i === forms.length - 1 ? '.' : ';'}`)));
  }
  return blocks;
}
