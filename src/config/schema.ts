import { z } from "zod";
import { goalsConfigSchema } from "../domain/goals/overrides.js";
import { WEEKDAYS } from "../domain/week/calendar.js";
import { addDays, isCalendarDate, isIanaZone } from "../domain/week/time.js";

// Nested objects use `.prefault({})` so their own field defaults apply and are written once.

/**
 * The schema of `.github/checkpoint.yml`: the only definition of the config.
 * Defaults live here, types come from `z.infer`, and the shipped JSON Schema is
 * generated from it (`npm run schema`).
 */

/** A calendar date as people write it in YAML; unquoted dates stay strings in YAML 1.2. */
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "expected a date written as YYYY-MM-DD", abort: true })
  .refine(isCalendarDate, "expected a real calendar date");

const timezone = z.string().refine((zone) => isIanaZone(zone), {
  error: 'expected an IANA timezone name such as "Africa/Lagos" or "Europe/London"',
});

// "9:00" is what people write: it is read as 09:00 (see zonedInstant).
const localTime = z
  .string()
  .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'expected a 24-hour time such as "09:00"');

const repositoryName = z
  .string()
  .regex(
    /^([A-Za-z0-9-]+\/)?[A-Za-z0-9._-]+$/,
    'expected a repository name, "name" or "owner/name"',
  );

const count = z.number().int().min(0);

/** Where the config lives in the home repository, as Probot's `context.config` expects it. */
export const CONFIG_PATH = ".github/checkpoint.yml";

/** Where the expectation document is unless the config says otherwise. */
export const DEFAULT_EXPECTATIONS = "EXPECTATIONS.md";

/** What GitHub accepts as a user's login: it names a person, and titles and mentions quote it. */
const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

const learner = z
  .strictObject({
    login: z
      .string()
      .regex(GITHUB_LOGIN, {
        error: "expected a GitHub login: letters, digits and single hyphens, at most 39 characters",
      })
      .optional()
      .describe(
        "The learner's GitHub login. Defaults to the account the app is installed on (for a user account) or the home repository's owner.",
      )
      .meta({ examples: ["ada-obi"] }),
    name: z
      .string()
      .min(1)
      .optional()
      .describe(
        "How the bot greets the learner. Defaults to the name in the expectation document, then the login.",
      )
      .meta({ examples: ["Ada"] }),
    emails: z
      .array(z.email())
      .default([])
      .describe(
        "Extra commit e-mail addresses that are the learner's, for commits made with a local git identity GitHub cannot link to the account.",
      )
      .meta({ examples: [["ada@example.com"]] }),
  })
  .describe("Who is learning.");

const course = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .optional()
      .describe("Course name. Defaults to the one in the expectation document.")
      .meta({ examples: ["Backend with Python & Django"] }),
    cohort: z
      .string()
      .min(1)
      .optional()
      .describe("Cohort name. Defaults to the one in the expectation document.")
      .meta({ examples: ["Foxtrot Cohort"] }),
    start_date: calendarDate
      .optional()
      .describe(
        "First day of the course (YYYY-MM-DD). Week 1 is the week that holds it. Defaults to the start date in the expectation document.",
      )
      .meta({ examples: ["2025-09-30"] }),
    weeks: z
      .number()
      .int()
      .min(1)
      .max(260)
      .default(24)
      .describe("Length of the course in weeks; the final review follows the last week.")
      .meta({ examples: [24] }),
    timezone: timezone
      .default("UTC")
      .describe(
        'The learner\'s IANA timezone, such as "Africa/Lagos". Days, weeks and posting times are local to it.',
      )
      .meta({ examples: ["Africa/Lagos"] }),
    midpoint: calendarDate
      .optional()
      .describe(
        "Date of the mid-course review (YYYY-MM-DD). Defaults to the start date plus half the course length.",
      )
      .meta({ examples: ["2025-12-16"] }),
  })
  .superRefine((course, context) => {
    const { start_date: start, midpoint, weeks } = course;
    if (start === undefined || midpoint === undefined) return;
    // The course's last day; dates compare as text in YYYY-MM-DD.
    const end = addDays(start, weeks * 7 - 1);
    if (midpoint > start && midpoint <= end) return;
    context.addIssue({
      code: "custom",
      path: ["midpoint"],
      message: `must fall within the course, after ${start} and by ${end}`,
      input: midpoint,
    });
  })
  .describe("The course the learner is taking.");

const weekly = z
  .strictObject({
    day: z
      .enum(WEEKDAYS)
      .default("monday")
      .describe("Day the weekly issue is posted; it covers the seven days before.")
      .meta({ examples: ["monday"] }),
    time: localTime
      .default("09:00")
      .describe("Local time the weekly issue is posted (HH:MM, or H:MM).")
      .meta({ examples: ["09:00"] }),
  })
  .describe("When the weekly-update issue is posted.");

const schedule = z
  .strictObject({
    weekly: weekly.prefault({}),
    reminder_after_days: z
      .number()
      .int()
      .min(1)
      .max(6)
      .default(3)
      .describe("Days without a reply after which the bot posts one reminder on the weekly issue.")
      .meta({ examples: [3] }),
  })
  .describe("When Checkpoint posts.");

const targets = z
  .strictObject({
    commits: count
      .default(7)
      .describe("Commits a week the learner aims for.")
      .meta({ examples: [10] }),
    active_days: count
      .max(7)
      .default(4)
      .describe("Days a week with at least one commit the learner aims for.")
      .meta({ examples: [5] }),
    test_files: count
      .default(1)
      .describe("Test files added or changed a week.")
      .meta({ examples: [1] }),
  })
  .describe("Weekly targets the week is measured against.");

export const configSchema = z
  .strictObject({
    _extends: z
      .string()
      .optional()
      .describe(
        'Inherit settings from another repository\'s config, as Probot apps do: "repo" or "owner/repo:path/to/file.yml".',
      )
      .meta({ examples: [".github"] }),
    learner: learner.prefault({}),
    course: course.prefault({}),
    expectations: z
      .string()
      .min(1)
      .default(DEFAULT_EXPECTATIONS)
      .describe("Path of the expectation document in the home repository.")
      .meta({ examples: [DEFAULT_EXPECTATIONS] }),
    schedule: schedule.prefault({}),
    repositories: z
      .union([z.literal("all"), z.array(repositoryName).min(1)], {
        error: 'expected "all" or a list of repository names',
      })
      .default("all")
      .describe('Repositories to measure: "all" that the installation can see, or a list of names.')
      .meta({ examples: [["blog-api", "ada-obi/task-manager"], "all"] }),
    targets: targets.prefault({}),
    goals: goalsConfigSchema,
    paused: z
      .boolean()
      .default(false)
      .describe("Set to true to stop all posting until set back to false.")
      .meta({ examples: [false] }),
  })
  .describe("Checkpoint configuration, read from .github/checkpoint.yml in the home repository.");

export type CheckpointConfig = z.infer<typeof configSchema>;
