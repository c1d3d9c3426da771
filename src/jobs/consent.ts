import { confirmedBy, consentNeeded } from "../domain/consent.js";
import { isKind } from "../domain/marker.js";
import type { Ledger } from "../ledger/read.js";
import type { Home } from "./learner-pass.js";

/**
 * The learner whose confirmation is still awaited before any figure about them is posted,
 * or undefined: they own the installation's account, or they confirmed (Checkpoint's answer
 * to their `/checkpoint confirm` stands on their consent issue).
 */
export async function awaitedLearner(params: {
  ledger: Ledger;
  home: Home;
  learner: string;
}): Promise<string | undefined> {
  const { ledger, home, learner } = params;
  if (!consentNeeded({ learner, owner: home.owner, ownerType: home.ownerType })) return undefined;
  for (const issue of ledger.issues) {
    const { marker } = issue;
    if (!isKind(marker, "consent") || marker.login.toLowerCase() !== learner.toLowerCase())
      continue;
    if (confirmedBy(await ledger.comments(issue.number), learner)) return undefined;
  }
  return learner;
}
