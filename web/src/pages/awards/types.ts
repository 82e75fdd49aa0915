import type { nominationFieldsSchema } from '@antq/domain';
import type { z } from 'zod';
import type { RouterOutputs } from '../../api/types';

export type AwardFormOutput = RouterOutputs['awards']['forms'][number];
export type NominationOutput = RouterOutputs['awards']['nominations']['list'][number];
export type DecisionOutput = RouterOutputs['awards']['decisions']['get'];
export type DecisionLineOutput = DecisionOutput['lines'][number];
export type TalliesOutput = RouterOutputs['awards']['tallies'];
/** One award outcome behind the year's tallies: what a count lists when it is clicked. */
export type TallyEntry = TalliesOutput['entries'][number];
/** One recipient's awards over the years asked for ("đơn vị dẫn đầu nhiều năm liền"). */
export type HistoryRecipient = RouterOutputs['awards']['history'][number];

/** What a nomination's save sends in `fields` (the schema's input: attachments may be left out). */
export type NominationFieldsInput = z.input<typeof nominationFieldsSchema>;
