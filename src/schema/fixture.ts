/** Zod schema of a fixture file: cases with the outcome (or the rejection) they must have, for `cailiang test`. */
import * as z from "zod";

/** One fixture: a named case and what its evaluation must contain. */
export const Fixture = z
  .strictObject({
    /** What the fixture checks, e.g. the article and the situation. */
    name: z
      .string()
      .min(1)
      .max(500)
      .meta({ description: "What the fixture checks, e.g. the article and the situation." }),
    /** The case input, exactly as `evaluate` takes it. */
    case: z
      .record(z.string(), z.unknown())
      .meta({ description: "The case input, exactly as `cailiang evaluate` takes it." }),
    /**
     * What the Outcome must contain: objects match when every member given matches (members not given are not
     * checked), arrays match element by element with the same length, other values match when equal. For a case that
     * must be rejected: `{ "issues": [{ "code": "missing-fact", "path": ["facts", "location"] }] }`.
     */
    expect: z.record(z.string(), z.unknown()).meta({
      description:
        'What the Outcome must contain: objects match when every member given matches (members not given are not checked), arrays match element by element and have the same length, other values match when equal. For a case that must be rejected: {"issues": [{"code": "missing-fact"}]} listing every issue.',
    }),
  })
  .meta({ description: "One fixture: a named case and what its evaluation must contain." });

/** A fixture file: a JSON array of fixtures. */
export const FixtureFile = z.array(Fixture).min(1).meta({
  description:
    "A cailiang fixture file: a JSON array of fixtures, run with `cailiang test <file> --rules <dir|edition>`.",
});

/** One fixture: a named case and what its evaluation must contain. */
export type Fixture = z.infer<typeof Fixture>;
