import { type AwardForm, awardFormSchema } from '@antq/domain';
import data from '../../data/award-forms.json' with { type: 'json' };

/** The award forms catalogue, parsed once from the data file shipped with the API (a few KB). */
export const awardForms: AwardForm[] = data.forms.map((f) => awardFormSchema.parse(f));

export const findAwardForm = (code: string): AwardForm | undefined => awardForms.find((f) => f.code === code);
