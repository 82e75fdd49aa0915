import { passwordProblem } from '@antq/domain';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { dictionaries, parseLanguage, readStoredLanguage, STORAGE_KEY } from './language';
import { vi } from './vi';

const leaves = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

describe('dictionaries', () => {
  it('have the same keys in every language', () => {
    expect(leaves(en).sort()).toEqual(leaves(vi).sort());
    expect(Object.keys(dictionaries)).toEqual(['vi', 'en']);
  });

  it('keep the exact Vietnamese names the console is found by', () => {
    expect(vi.auth.username).toBe('Tên đăng nhập');
    expect(vi.auth.password).toBe('Mật khẩu');
    expect(vi.auth.submit).toBe('Đăng nhập');
    expect(vi.district.wardsTable).toBe('Danh sách phường/xã');
    expect(vi.common.sessionExpired).toMatch(/^Phiên đăng nhập đã hết hạn/);
    expect(vi.nav.comingSoon).toBe('Sắp có');
  });

  it('keep the exact names the campaign story is played with', () => {
    expect([vi.campaigns.create, vi.common.save, vi.campaigns.open, vi.plan.saveDraft, vi.plan.submit]).toEqual([
      'Tạo chiến dịch',
      'Lưu',
      'Mở chiến dịch',
      'Lưu nháp',
      'Gửi kế hoạch',
    ]);
    expect([vi.review.return, vi.review.approve, vi.assessment.submit, vi.assessment.accept, vi.assessment.adjust]).toEqual([
      'Trả lại',
      'Duyệt',
      'Gửi tự đánh giá',
      'Chấp nhận',
      'Điều chỉnh',
    ]);
    expect([vi.campaigns.name, vi.campaigns.catalogue, vi.campaigns.planDeadline, vi.campaigns.assessmentDeadline, vi.review.returnReason]).toEqual([
      'Tên chiến dịch',
      'Bộ tiêu chí',
      'Hạn nộp kế hoạch',
      'Hạn tự đánh giá',
      'Lý do trả lại',
    ]);
    expect([vi.plan.docNumber, vi.plan.docIssuer, vi.plan.docDate, vi.plan.docType]).toEqual([
      'Số, ký hiệu văn bản',
      'Cơ quan ban hành',
      'Ngày ban hành',
      'Loại văn bản',
    ]);
    expect([vi.campaigns.table, vi.dashboard.progressTable, vi.dashboard.grid, vi.reviews.table]).toEqual([
      'Danh sách chiến dịch',
      'Tiến độ các phường/xã',
      'Bảng phường/xã × tiêu chí',
      'Hồ sơ chờ duyệt',
    ]);
    expect(vi.common.conflictText).toMatch(/^Dữ liệu đã được người khác thay đổi/);
  });

  it('keep the exact names the programme → conference story is played with', () => {
    expect([vi.nav.programmes, vi.nav.records, vi.programmes.add, vi.programmes.documentNumber, vi.programmes.name, vi.programmes.fromYear, vi.programmes.toYear, vi.common.save]).toEqual([
      'Chương trình phối hợp',
      'Hoạt động phong trào',
      'Thêm chương trình',
      'Số, ký hiệu chương trình',
      'Tên chương trình',
      'Từ năm',
      'Đến năm',
      'Lưu',
    ]);
    expect([vi.conferences.add, vi.conferences.kind, vi.conferences.title, vi.conferences.date, vi.conferences.participants, vi.conferences.fromYear, vi.conferences.toYear, vi.conferences.save]).toEqual([
      'Thêm hội nghị',
      'Loại hội nghị',
      'Tên hội nghị',
      'Ngày tổ chức',
      'Số người tham dự',
      'Năm bắt đầu',
      'Năm kết thúc',
      'Lưu hội nghị',
    ]);
    expect(vi.labels.conferenceKind.final).toBe('Hội nghị tổng kết');
    expect([vi.programmes.conferencesTable, vi.programmes.activitiesTable, vi.movement.byWardTable, vi.timeline.list]).toEqual([
      'Hội nghị sơ kết, tổng kết',
      'Hoạt động của chương trình',
      'Số liệu phong trào theo phường/xã',
      'Dòng thời gian',
    ]);
    expect(vi.movement.period(2013, 2023, 10)).toBe('2013–2023 (10 năm)');
  });

  it('keep the exact names the awards story is played with', () => {
    const a = vi.awards;
    expect([vi.nav.awards, a.tabNominations, a.tabDecisions, a.tabTallies, a.tabHistory, a.year, a.formKindTable, a.entriesTable]).toEqual([
      'Khen thưởng',
      'Đề nghị khen thưởng',
      'Quyết định khen thưởng',
      'Thống kê',
      'Lịch sử khen thưởng',
      'Năm thống kê',
      'Khen thưởng theo hình thức và đối tượng',
      'Danh sách khen thưởng theo số liệu đã chọn',
    ]);
    expect([a.add, a.recipientKind, a.collectiveName, a.ward, a.achievement, a.subject, a.fromYear, a.toYear, a.proposedForm, a.save]).toEqual([
      'Thêm đề nghị',
      'Đối tượng',
      'Tên tập thể',
      'Phường/xã',
      'Thành tích',
      'Khen thưởng về',
      'Từ năm',
      'Đến năm',
      'Hình thức đề nghị',
      'Lưu đề nghị',
    ]);
    expect([a.nominationsTable, a.submitOf('X'), a.acceptOf('X'), a.submit, a.accept, a.nominationStatus.submitted, a.nominationStatus.accepted]).toEqual([
      'Danh sách đề nghị khen thưởng',
      'Gửi đề nghị: X',
      'Chấp thuận: X',
      'Gửi đề nghị',
      'Chấp thuận',
      'Chờ xét',
      'Đã chấp thuận',
    ]);
    expect([a.decide, a.decisionNew, a.authorityLevel, a.issuingBody, a.number, a.date, a.signerName, a.pick('X'), a.lineForm('X'), a.saveDecision]).toEqual([
      'Ra quyết định',
      'Ra quyết định khen thưởng',
      'Cấp ban hành',
      'Cơ quan ban hành',
      'Số quyết định',
      'Ngày ký',
      'Người ký',
      'Chọn: X',
      'Hình thức khen: X',
      'Lưu quyết định',
    ]);
    expect([a.decisionsTable, a.open('301/QĐ-UBND'), a.outcomes, a.inForce, a.revokeOf('X'), a.revokeTitle, a.revokeNumber, a.revokeDate, a.revokeReason]).toEqual([
      'Danh sách quyết định khen thưởng',
      'Xem quyết định số 301/QĐ-UBND',
      'Danh sách được khen thưởng',
      'Hiệu lực',
      'Thu hồi: X',
      'Thu hồi khen thưởng',
      'Số quyết định thu hồi',
      'Ngày ký quyết định thu hồi',
      'Lý do thu hồi',
    ]);
    expect(a.formKindCell('Giấy khen của Chủ tịch UBND quận/huyện', a.kindLower.collective)).toBe('Giấy khen của Chủ tịch UBND quận/huyện, tập thể');
    expect(a.revokedBy('15/QĐ-UBND', '2025-01-15')).toBe('Đã thu hồi theo QĐ số 15/QĐ-UBND ngày 15/01/2025');
    expect(a.decided('301/QĐ-UBND')).toBe('Đã ra quyết định khen thưởng số 301/QĐ-UBND.');
    expect([a.downloadDocx, a.downloadXlsx]).toEqual(['Tải quyết định (DOCX)', 'Tải danh sách (XLSX)']);
  });

  it('keep the exact names the accounts story is played with, and the policy sentence of the domain', () => {
    expect([vi.auth.newPasswordTitle, vi.auth.newPasswordSubmit, vi.auth.forgotLink, vi.auth.forgotSubmit, vi.auth.resetSubmit]).toEqual([
      'Đặt mật khẩu mới',
      'Đặt mật khẩu và đăng nhập',
      'Quên mật khẩu?',
      'Gửi mã xác nhận',
      'Đặt mật khẩu mới',
    ]);
    expect([vi.nav.accounts, vi.nav.outbox, vi.header.myAccount, vi.accounts.import, vi.accounts.table, vi.oneTime.done]).toEqual([
      'Tài khoản',
      'Hộp thư (máy cục bộ)',
      'Tài khoản của tôi',
      'Nhập từ bảng tính',
      'Danh sách tài khoản',
      'Đã ghi lại, đóng',
    ]);
    expect(vi.password.policy).toBe(passwordProblem('ngắn'));
    expect(vi.accounts.status).toEqual({ invited: 'Đã mời, chưa đăng nhập', active: 'Đang hoạt động', disabled: 'Đã khóa' });
  });

  it('format counts with Vietnamese separators', () => {
    expect(vi.operator.created('Quận Kiến An', 'Thành phố Hải Phòng', 1234)).toBe(
      'Đã tiếp nhận Quận Kiến An (Thành phố Hải Phòng) với 1.234 phường/xã.',
    );
    expect(vi.operator.existing('Quận Kiến An')).toBe('Quận Kiến An đã được tiếp nhận trước đó.');
  });
});

describe('language choice', () => {
  it('defaults to Vietnamese and remembers a valid choice', () => {
    expect(parseLanguage(null)).toBe('vi');
    expect(parseLanguage('fr')).toBe('vi');
    expect(parseLanguage('en')).toBe('en');
    expect(readStoredLanguage({ getItem: (k) => (k === STORAGE_KEY ? 'en' : null) })).toBe('en');
    expect(readStoredLanguage(undefined)).toBe('vi');
    expect(
      readStoredLanguage({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBe('vi');
  });
});
