import type { Probot } from "probot";
import { onPush } from "./handlers/push.js";

/** The Probot app: registers the webhook handlers. Wiring only; behaviour lives in handlers/ and jobs/. */
export default function checkpoint(app: Probot): void {
  app.on("push", onPush);
}
