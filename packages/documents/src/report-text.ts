import type { CampaignFigures, MovementCounts, ReportRow } from '@antq/domain';
import type { Block } from './blocks.js';

const unitTypes = ['Thành phố', 'Thị xã', 'Thị trấn', 'Quận', 'Huyện', 'Tỉnh', 'Phường', 'Xã'];

/** "Quận Kiến An" → { type: "quận", place: "Kiến An" }; a name without a known type is all place. */
export function unitParts(name: string): { type?: string; place: string } {
  const type = unitTypes.find((t) => name.startsWith(`${t} `));
  return type ? { type: type.toLocaleLowerCase('vi'), place: name.slice(type.length + 1).trim() } : { place: name.trim() };
}

/** The name as written inside a sentence: "quận Kiến An", "thành phố Hải Phòng". */
export function inSentence(name: string): string {
  const { type, place } = unitParts(name);
  return type ? `${type} ${place}` : place;
}

/** Thousands with a dot, decimals with a comma, as Vietnamese documents write them. */
export const num = (n: number): string => n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });

const percent = (part: number, whole: number) => (whole > 0 ? ` (đạt ${num((part / whole) * 100)}%)` : '');

export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

/** One campaign of a district, the figures the province asks about: "có 9/10 phường, xã nộp kế hoạch, …". */
export function campaignClause(c: CampaignFigures): string {
  const returned = c.plans.returned + c.assessments.returned;
  return (
    `có ${num(c.plans.submitted)}/${num(c.wards)} phường, xã nộp kế hoạch, trong đó ${num(c.plans.onTime)} đúng hạn, ` +
    `${num(c.plans.approved)} kế hoạch đã được phê duyệt; ${num(c.assessments.submitted)}/${num(c.wards)} phường, xã nộp kết quả tự đánh giá, ` +
    `${num(c.assessments.approved)} kết quả đã được phê duyệt; ${num(c.assessments.allMet)} phường, xã đạt đủ ${num(c.criteriaCount)} tiêu chí` +
    `${returned > 0 ? `; ${num(returned)} hồ sơ bị trả lại để hoàn thiện` : ''}.`
  );
}

/** Section I of a district's report, one paragraph per campaign of the year. */
export function districtPlanning(unit: string, year: number, campaigns: CampaignFigures[]): Block[] {
  const [only] = campaigns;
  if (!only) return [paragraph(`Năm ${year}, ${unit} chưa triển khai đợt đánh giá nào.`)];
  if (campaigns.length === 1) {
    return [
      paragraph(`Năm ${year}, ${unit} triển khai đợt đánh giá “${only.name}” theo ${only.catalogueTitle} (${num(only.criteriaCount)} tiêu chí) tại ${num(only.wards)} phường, xã.`),
      paragraph(`C${campaignClause(only).slice(1)}`),
    ];
  }
  return [
    paragraph(`Năm ${year}, ${unit} triển khai ${num(campaigns.length)} đợt đánh giá:`),
    ...campaigns.map((c) => paragraph(`- Đợt “${c.name}” (${c.catalogueTitle}, ${num(c.criteriaCount)} tiêu chí): ${campaignClause(c)}`)),
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
      `Có ${num(total.plansSubmitted)}/${num(total.plansExpected)} ${times}phường, xã nộp kế hoạch, trong đó ${num(total.plansOnTime)} đúng hạn, ` +
        `${num(total.plansApproved)} kế hoạch đã được phê duyệt; ${num(total.assessmentsSubmitted)}/${num(total.assessmentsExpected)} ${times}phường, xã ` +
        `nộp kết quả tự đánh giá, ${num(total.assessmentsApproved)} kết quả đã được phê duyệt; ${num(total.wardsAllCriteriaMet)} ${times}phường, xã ` +
        'đạt đủ tiêu chí của đợt đánh giá.',
    ),
  ];
  const behind = districts.filter((d) => d.assessmentsSubmitted < d.assessmentsExpected);
  if (behind.length > 0) {
    const list = behind.map((d) => `${inSentence(d.unitName)} (${num(d.assessmentsExpected - d.assessmentsSubmitted)})`).join(', ');
    blocks.push(paragraph(`Các quận, huyện còn ${times}phường, xã chưa nộp kết quả tự đánh giá: ${list}.`));
  }
  return blocks;
}

/** Section II; a district's own counts add what the flat row leaves out (attendance, festivals). */
export function movementBlocks(row: ReportRow, detail?: MovementCounts): Block[] {
  const replicated = detail?.replicatedModels ? `, ${num(detail.replicatedModels)} mô hình được nhân rộng` : '';
  const attendance = detail?.forumAttendance ? ` với ${num(detail.forumAttendance)} lượt người tham dự` : '';
  const gatherings = detail
    ? `Tổ chức ${num(detail.conferences)} hội nghị sơ kết, tổng kết và ${num(detail.festivals)} Ngày hội Toàn dân bảo vệ an ninh Tổ quốc.`
    : `Tổ chức ${num(row.conferences)} hội nghị sơ kết, tổng kết và Ngày hội Toàn dân bảo vệ an ninh Tổ quốc.`;
  return [
    paragraph(`Xây dựng, duy trì ${num(row.models)} mô hình, điển hình về bảo vệ an ninh, trật tự, trong đó ${num(row.activeModels)} mô hình đang hoạt động${replicated}.`),
    paragraph(`Tổ chức ${num(row.commitments)} lượt ký cam kết với ${num(row.signatories)} người, đơn vị tham gia ký cam kết.`),
    paragraph(
      `Tổ chức ${num(row.forums)} diễn đàn${attendance}; tiếp nhận ${num(row.opinionsReceived)} ý kiến, kiến nghị của Nhân dân, ` +
        `đã giải quyết ${num(row.opinionsResolved)} ý kiến${percent(row.opinionsResolved, row.opinionsReceived)}.`,
    ),
    paragraph(gatherings),
  ];
}

/** Section III. */
export function programmeBlocks(row: ReportRow): Block[] {
  return [
    paragraph(
      `Triển khai ${num(row.programmeActivities)} hoạt động theo chương trình phối hợp giữa lực lượng Công an với Mặt trận Tổ quốc và các đoàn thể, ` +
        `đã hoàn thành ${num(row.programmeActivitiesDone)} hoạt động${percent(row.programmeActivitiesDone, row.programmeActivities)}; ` +
        `có ${num(row.programmeReports)} báo cáo liên tịch.`,
    ),
  ];
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
