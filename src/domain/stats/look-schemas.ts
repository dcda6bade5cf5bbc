// Inputs of the sequential tests: the latest look's arms, the earlier looks in time order (each
// message names its look), and the rule that cumulative totals never go down.
import { z } from 'zod';
import { count, meanArm, positive, proportionArm, show } from './schema-parts';

/** A list whose every issue is prefixed with its item's name ("Look 3: ..."), then parsed by `item`. */
export function namedList<T extends z.ZodType>(item: T, name: (i: number) => string, listLabel: string) {
  return z
    .array(z.unknown(), { error: (iss) => `${listLabel} must be a list (got ${show(iss.input)})` })
    .superRefine((items, ctx) => {
      items.forEach((value, i) => {
        const parsed = item.safeParse(value);
        if (parsed.success) return;
        // continue: false skips the object's refinements, which expect valid looks.
        for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: [i, ...issue.path], message: `${name(i)}: ${issue.message}`, continue: false });
      });
    })
    .pipe(z.array(item));
}

const lookName = (i: number) => `Look ${i + 1}`;

export const proportionLookSchema = z.object(
  { control: proportionArm('control'), treatment: proportionArm('treatment') },
  { error: (iss) => `A look must be an object { control, treatment } (got ${show(iss.input)})` },
);
export type ProportionLook = z.infer<typeof proportionLookSchema>;

export const bothSdZero = (look: { control: { sd: number }; treatment: { sd: number } }) => look.control.sd === 0 && look.treatment.sd === 0;
export const sdMessage = 'Both standard deviations are 0: a test needs variation in at least one group';

export const meanLookSchema = z
  .object(
    { control: meanArm('control group'), treatment: meanArm('treatment group') },
    { error: (iss) => `A look must be an object { control, treatment } (got ${show(iss.input)})` },
  )
  .superRefine((look, ctx) => {
    if (bothSdZero(look)) ctx.addIssue({ code: 'custom', path: ['control', 'sd'], message: sdMessage });
  });
export type MeanLook = z.infer<typeof meanLookSchema>;

export const earlierProportionLooks = namedList(proportionLookSchema, lookName, 'Earlier looks').default([]);
export const earlierMeanLooks = namedList(meanLookSchema, lookName, 'Earlier looks').default([]);

export const tuningNSchema = positive('The tuning parameter N*').default(5000);
export const tauSchema = positive('The mSPRT mixing standard deviation tau');
export const simpleSequentialNSchema = count('The planned number of conversions N')
  .min(1, { error: (iss) => `The planned number of conversions N must be at least 1 (got ${show(iss.input)})` })
  .nullable()
  .default(null);

type Arms = Record<'control' | 'treatment', Record<string, number>>;

/**
 * Totals are cumulative: each of `keys` may not fall from one look to the next. The issue goes on
 * the earlier look's field (the latest look is the one after the last earlier look).
 */
export function checkCumulative(earlier: readonly Arms[], latest: Arms, keys: readonly string[], words: Record<string, string>, ctx: z.RefinementCtx): void {
  for (let i = 0; i < earlier.length; i++) {
    const next = earlier[i + 1] ?? latest;
    const nextName = i + 1 < earlier.length ? `look ${i + 2}` : 'the latest look';
    for (const arm of ['control', 'treatment'] as const) {
      for (const key of keys) {
        const now = earlier[i]![arm][key]!;
        const later = next[arm][key]!;
        if (now > later) {
          ctx.addIssue({
            code: 'custom',
            path: ['earlierLooks', i, arm, key],
            message: `Look ${i + 1}: ${words[key]} in the ${arm} arm (${now}) are more than at ${nextName} (${later}). Looks hold running totals, which cannot go down.`,
          });
          return;
        }
      }
    }
  }
}
