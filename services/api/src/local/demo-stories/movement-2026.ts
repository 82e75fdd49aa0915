import type { CitizenForumFields, CommitmentSigningFields, MovementModelFields, ReviewConferenceFields } from '@antq/domain';
import { type Actors, type Caller, demoKey } from './actors.js';

/** One ward's records of the year, written by its officer. */
interface WardRecords {
  tenantId: string;
  wardId: string;
  wardName: string;
  model?: MovementModelFields;
  commitment?: CommitmentSigningFields;
  forum?: CitizenForumFields;
  festival?: ReviewConferenceFields;
}

const threeContents = ['Không để xảy ra tội phạm, tệ nạn xã hội', 'Chấp hành pháp luật về trật tự, an toàn giao thông', 'Giữ gìn vệ sinh môi trường, văn minh đô thị'];

/** Kiến An and Hồng Bàng in 2026: a few models, commitment signings, forums and a festival day. */
const wards: WardRecords[] = [
  {
    tenantId: '307',
    wardId: '11446',
    wardName: 'Phường Văn Đẩu',
    model: { name: 'Tổ tự quản về an ninh, trật tự tổ dân phố số 5', kind: 'self_management', hostWardId: '11446', residentialGroup: 'Tổ dân phố số 5', regulation: { chapters: 3, articles: 12 }, startDate: '2026-03-15', status: 'active' },
  },
  {
    tenantId: '307',
    wardId: '11434',
    wardName: 'Phường Bắc Sơn',
    commitment: {
      wardId: '11434',
      date: '2026-04-10',
      contents: threeContents,
      signatories: [
        { kind: 'department', count: 7 },
        { kind: 'mass_organisation', count: 5 },
        { kind: 'residential_group', count: 12 },
        { kind: 'security_team', count: 12 },
      ],
    },
  },
  {
    tenantId: '307',
    wardId: '11443',
    wardName: 'Phường Trần Thành Ngọ',
    forum: {
      wardId: '11443',
      title: 'Công an lắng nghe ý kiến nhân dân',
      date: '2026-06-20',
      place: 'Nhà văn hóa tổ dân phố số 2',
      attendance: 95,
      opinions: [
        { text: 'Đề nghị lắp camera an ninh tại ngã ba đường Trần Thành Ngọ', handling: 'accepted', acceptedOn: '2026-06-20', remediedOn: '2026-08-05' },
        { text: 'Phản ánh tình trạng đua xe trái phép vào ban đêm', handling: 'accepted', acceptedOn: '2026-06-20', remediedOn: '2026-07-15' },
        { text: 'Hỏi về thủ tục cấp căn cước cho trẻ em dưới 14 tuổi', handling: 'answered', answeredOn: '2026-06-20' },
        { text: 'Đề nghị xử lý tình trạng lấn chiếm vỉa hè khu chợ', handling: 'accepted', acceptedOn: '2026-06-20' },
      ],
    },
  },
  {
    tenantId: '307',
    wardId: '11437',
    wardName: 'Phường Nam Sơn',
    festival: {
      kind: 'festival',
      title: 'Ngày hội toàn dân bảo vệ ANTQ năm 2026',
      wardId: '11437',
      periodFromYear: 2026,
      periodToYear: 2026,
      subject: { type: 'movement' },
      date: '2026-08-19',
      place: 'Sân vận động phường Nam Sơn',
      participants: 350,
    },
  },
  {
    tenantId: '303',
    wardId: '11320',
    wardName: 'Phường Hoàng Văn Thụ',
    model: { name: 'Camera an ninh khu dân cư', kind: 'self_protection', hostWardId: '11320', regulation: { chapters: 4, articles: 15 }, startDate: '2026-02-20', status: 'active' },
  },
  {
    tenantId: '303',
    wardId: '11311',
    wardName: 'Phường Minh Khai',
    commitment: {
      wardId: '11311',
      date: '2026-03-25',
      contents: threeContents,
      signatories: [
        { kind: 'department', count: 6 },
        { kind: 'residential_group', count: 9 },
        { kind: 'household', count: 1420 },
      ],
    },
  },
  {
    tenantId: '303',
    wardId: '11296',
    wardName: 'Phường Quán Toan',
    forum: {
      wardId: '11296',
      title: 'Công an lắng nghe ý kiến nhân dân',
      date: '2026-07-10',
      place: 'Hội trường UBND phường Quán Toan',
      attendance: 120,
      opinions: [
        { text: 'Đề nghị tăng cường kiểm tra các cơ sở cho thuê trọ gần khu công nghiệp', handling: 'accepted', acceptedOn: '2026-07-10', remediedOn: '2026-09-01' },
        { text: 'Hỏi về việc đăng ký tạm trú trực tuyến', handling: 'answered', answeredOn: '2026-07-10' },
        { text: 'Đề nghị bố trí lực lượng phân luồng giao thông giờ tan ca', handling: 'pending' },
      ],
    },
  },
];

/** Creates `fields` unless the list already holds a record for which `same` is true. */
async function ensure<F>(list: Array<{ fields: F }>, same: (f: F) => boolean, save: () => Promise<unknown>): Promise<number> {
  if (list.some((r) => same(r.fields))) return 0;
  await save();
  return 1;
}

export async function playMovement2026(who: Actors, tenantId: string, provinceId: string): Promise<{ writes: number }> {
  let writes = 0;
  for (const w of wards.filter((x) => x.tenantId === tenantId)) {
    const officer: Caller = who.wardOfficer(tenantId, provinceId, w.wardId, w.wardName);
    const at = { wardId: w.wardId, year: 2026 };
    const key = (type: string) => demoKey('mv2026', w.wardId, type);
    const create = { expectedVersion: 0 };
    const { model, commitment, forum, festival } = w;
    if (model) writes += await ensure(await officer.records.models.list(at), (f) => f.name === model.name, () => officer.records.models.save({ fields: model, ...create, idempotencyKey: key('model') }));
    if (commitment) writes += await ensure(await officer.records.commitments.list(at), (f) => f.date === commitment.date, () => officer.records.commitments.save({ fields: commitment, ...create, idempotencyKey: key('commitment') }));
    if (forum) writes += await ensure(await officer.records.forums.list(at), (f) => f.date === forum.date, () => officer.records.forums.save({ fields: forum, ...create, idempotencyKey: key('forum') }));
    if (festival) writes += await ensure(await officer.records.conferences.list(at), (f) => f.title === festival.title, () => officer.records.conferences.save({ fields: festival, ...create, idempotencyKey: key('festival') }));
  }
  return { writes };
}
