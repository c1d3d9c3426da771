import { parseArgs } from "node:util";
import { createAppClient } from "../../github/app-client.js";
import { AppIdentity } from "../../github/app-identity.js";
import { diagnose, missingCredentials, type Finding } from "../../jobs/doctor.js";
import { createLogger } from "../../logging/logger.js";
import { EXIT, type Io } from "../io.js";
import { parseAtOption } from "./run.js";

export const doctorHelp = `Usage: checkpoint doctor [--at INSTANT]

Checks the app as GitHub sees it, with the credentials in the environment: that
GitHub accepts its key, where its webhooks go and whether the last ones arrived,
and for every installation which learners it has, whether their config reads and
when their next issue is due. Says what is wrong and how to fix it. Without
credentials, says which variables are missing. --at gives the instant "next issue"
is counted from (default: now). Exits 1 when anything is wrong.`;

/** A finding as a line: ✓ or ✗, what was found, and on the next line what to do. */
function findingLines(finding: Finding): string[] {
  return [
    `${finding.ok ? "✓" : "✗"} ${finding.text}`,
    ...(finding.fix ? [`  → ${finding.fix}`] : []),
  ];
}

export async function doctor(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { at: { type: "string" } }, strict: true });
  const now = values.at === undefined ? new Date() : parseAtOption(values.at);
  const missing = missingCredentials(io.env);
  let findings = missing;
  // Without an app id and a key nothing can be asked of GitHub; a missing secret can wait.
  if (io.env.APP_ID && (io.env.PRIVATE_KEY || io.env.PRIVATE_KEY_PATH)) {
    const log = await createLogger({ env: { LOG_LEVEL: "error", ...io.env } });
    const probot = createAppClient(io.env, log);
    const identity = new AppIdentity(() => probot.auth());
    findings = [...missing, ...(await diagnose({ probot, identity, now }))];
  }
  for (const finding of findings) for (const line of findingLines(finding)) io.out(line);
  const wrong = findings.filter((finding) => !finding.ok).length;
  io.out(wrong === 0 ? "All good." : `${wrong} thing${wrong === 1 ? "" : "s"} to fix.`);
  return wrong === 0 ? EXIT.ok : EXIT.problems;
}
