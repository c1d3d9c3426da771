import type { Probot } from "probot";
import { discoverConfig } from "../github/config-file.js";
import { calendarFromConfig } from "../domain/week/calendar.js";
import { nextIssue } from "../domain/week/next-issue.js";
import type { AppIdentity } from "../github/app-identity.js";
import { listInstallationRepos } from "../github/installation-repos.js";
import { startDateOf } from "./expectations.js";
import { candidateHomes } from "./reconcile-installation.js";
import { activeInstallations } from "./active-installations.js";

/** One finding of `checkpoint doctor`: what was checked, whether it is fine, and what to do if not. */
export interface Finding {
  ok: boolean;
  /** What was found, in words. */
  text: string;
  /** What to do about it, when something is wrong. */
  fix?: string;
}

/** The variables without which nothing else can be checked. */
export function missingCredentials(env: NodeJS.ProcessEnv): Finding[] {
  const findings: Finding[] = [];
  if (!env.APP_ID) {
    findings.push({
      ok: false,
      text: "APP_ID is not set",
      fix: "set it to the App ID on the app's settings page (GitHub → Settings → Developer settings → GitHub Apps)",
    });
  }
  if (!env.PRIVATE_KEY && !env.PRIVATE_KEY_PATH) {
    findings.push({
      ok: false,
      text: "neither PRIVATE_KEY nor PRIVATE_KEY_PATH is set",
      fix: "generate a private key on the app's settings page and set PRIVATE_KEY_PATH to the .pem file",
    });
  }
  if (!env.WEBHOOK_SECRET) {
    findings.push({
      ok: false,
      text: "WEBHOOK_SECRET is not set: deliveries cannot be verified",
      fix: "set it to the webhook secret on the app's settings page",
    });
  }
  return findings;
}

const WEBHOOK_PATH = "/api/github/webhooks";
/** How many recent deliveries are looked at. */
const RECENT_DELIVERIES = 50;

/** Whether GitHub can deliver to `url`: public, and to the path the app listens on (or a smee channel). */
function webhookUrlFinding(url: string | undefined): Finding {
  if (!url) {
    return {
      ok: false,
      text: "the app has no webhook URL: GitHub delivers nothing",
      fix: `set it to https://<your host>${WEBHOOK_PATH} in the app's settings`,
    };
  }
  const parsed = new URL(url);
  if (parsed.hostname === "smee.io")
    return { ok: true, text: `webhooks go to a smee.io channel, ${url} (development)` };
  if (["localhost", "127.0.0.1", "0.0.0.0"].includes(parsed.hostname)) {
    return {
      ok: false,
      text: `the webhook URL is ${url}, which GitHub cannot reach`,
      fix: `set it to https://<your public host>${WEBHOOK_PATH}, or use a smee.io channel (WEBHOOK_PROXY_URL) while developing`,
    };
  }
  if (parsed.pathname !== WEBHOOK_PATH) {
    return {
      ok: false,
      text: `the webhook URL is ${url}, but the app listens on ${WEBHOOK_PATH}`,
      fix: `set it to ${parsed.origin}${WEBHOOK_PATH}`,
    };
  }
  if (parsed.protocol !== "https:") {
    return {
      ok: false,
      text: `the webhook URL is ${url}: deliveries travel unencrypted`,
      fix: "put HTTPS in front (deploy/Caddyfile) and use https://",
    };
  }
  return { ok: true, text: `webhooks go to ${url}` };
}

/**
 * What `checkpoint doctor` checks with the app's credentials: that GitHub accepts its key,
 * where its webhooks go and whether the last ones arrived, and for each installation which
 * learners it has, whether their config reads, and when their next issue is due.
 */
export async function diagnose(params: {
  probot: Probot;
  identity: AppIdentity;
  now: Date;
}): Promise<Finding[]> {
  const { probot, identity, now } = params;
  const app = await probot.auth();
  let slug: string;
  try {
    const { data } = await app.rest.apps.getAuthenticated();
    slug = data?.slug ?? "";
    identity.learn(slug);
  } catch (error) {
    const status = (error as { status?: number }).status;
    return [
      {
        ok: false,
        text: `GitHub refused the app's credentials (${status ? `HTTP ${status}` : (error as Error).message})`,
        fix: "check that APP_ID is this app's ID and that the private key is one of its current keys (a new one can be generated on its settings page)",
      },
    ];
  }
  const findings: Finding[] = [{ ok: true, text: `GitHub accepts the key of the app "${slug}"` }];
  const { data: hook } = await app.rest.apps.getWebhookConfigForApp();
  findings.push(webhookUrlFinding(hook.url));
  const { data: deliveries } = await app.rest.apps.listWebhookDeliveries({
    per_page: RECENT_DELIVERIES,
  });
  findings.push(deliveriesFinding(deliveries));
  for (const installation of await activeInstallations(probot, identity)) {
    const octokit = await probot.auth(installation.id);
    const homes = candidateHomes(await listInstallationRepos(octokit));
    let learners = 0;
    for (const home of homes) {
      const where = `${installation.account}: ${home.owner}/${home.repo}`;
      const loaded = await discoverConfig({ octokit, owner: home.owner, repo: home.repo });
      if (!loaded.ok && "missing" in loaded) continue;
      learners += 1;
      if (!loaded.ok) {
        findings.push({
          ok: false,
          text: `${where}: .github/checkpoint.yml has ${loaded.problems.length} problem${loaded.problems.length === 1 ? "" : "s"}`,
          fix: "its open config issue names each one; `npx checkpoint validate` checks a fix",
        });
        continue;
      }
      const start = await startDateOf({ octokit, home, config: loaded.config });
      if (!start) {
        findings.push({
          ok: false,
          text: `${where}: no course start date`,
          fix: "set course.start_date, or a Start date line in the expectation document",
        });
        continue;
      }
      const next = nextIssue(calendarFromConfig(loaded.config, start), now);
      findings.push({
        ok: true,
        text: `${where}: config reads; next issue ${next.label}, ${next.due}`,
      });
    }
    if (learners === 0) {
      findings.push({
        ok: false,
        text: `${installation.account}: no learner yet (no repository holds .github/checkpoint.yml)`,
        fix: "commit .github/checkpoint.yml to the learner's home repository (the welcome issue shows one)",
      });
    }
  }
  return findings;
}

/** The last deliveries: all arrived, or which failed and how. */
function deliveriesFinding(
  deliveries: { status_code: number; event: string; delivered_at: string }[],
): Finding {
  const failed = deliveries.filter(
    (delivery) => delivery.status_code < 200 || delivery.status_code >= 300,
  );
  if (deliveries.length === 0) return { ok: true, text: "no webhook delivered yet" };
  if (failed.length === 0)
    return { ok: true, text: `the last ${deliveries.length} deliveries arrived` };
  const examples = failed
    .slice(0, 3)
    .map(
      (delivery) =>
        `${delivery.event} at ${delivery.delivered_at}: ${delivery.status_code || "no answer"}`,
    )
    .join("; ");
  return {
    ok: false,
    text: `${failed.length} of the last ${deliveries.length} deliveries failed (${examples})`,
    fix: "check that the app is running and reachable at its webhook URL, and that WEBHOOK_SECRET matches the app's; redeliver from the app's Advanced settings",
  };
}
