import { z } from 'zod';
import { labelled } from '../validation/labels.js';

/** A calendar date as ISO `yyyy-mm-dd`; the console shows it as dd/mm/yyyy. Messages name the field ("Ngày trả lời: cần nhập"). */
export const isoDate = z.iso.date();

/** Text a person typed: trimmed, not empty. */
export const text = (max = 2000, label = 'Nội dung') =>
  labelled(z.string().trim().min(1, `${label} không được để trống`).max(max, `${label} dài quá ${max} ký tự`), label);

/** Optional text; its messages name the field by `label`, or by the field's name (`fieldLabels`). */
export const optionalText = (max = 2000, label?: string) => {
  const base = z.string().trim().max(max);
  return (label ? labelled(base, label) : base).optional();
};

/**
 * Every mutation carries the version the caller last read (a stale one is answered CONFLICT
 * with the current version) and an idempotency key (a retry returns the first result).
 */
export const mutationFields = {
  expectedVersion: z.number({ error: 'Thiếu phiên bản dữ liệu (expectedVersion)' }).int().min(0),
  idempotencyKey: z
    .string({ error: 'Thiếu khóa chống trùng lặp (idempotencyKey)' })
    .regex(/^[A-Za-z0-9_.:-]{8,100}$/, 'Khóa chống trùng lặp gồm 8–100 ký tự chữ, số, dấu - _ . :'),
};

export const createFields = { idempotencyKey: mutationFields.idempotencyKey };

export const entityId = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'Mã định danh không hợp lệ');

/**
 * The calendar day in Vietnam (UTC+7, no daylight saving) as yyyy-mm-dd: deadlines, "today" and the
 * current year are judged there, whatever the server's or the browser's time zone.
 */
export function vietnamDay(at: Date = new Date()): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
