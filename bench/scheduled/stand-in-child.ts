/*
 * The scheduled benchmark's GitHub stand-in, in a process of its own: the app's process then
 * spends its CPU and memory on the app alone, as it would against GitHub. Arguments: learners,
 * repositories each, latency in ms. It sends its base URL once listening, then answers the
 * parent's questions (StandInQuestion) until told to close.
 */
import { worldProblems } from "./check.js";
import { startGitHubStandIn } from "../../test/stand-in/server.js";
import { buildWorld, numberedLogins } from "../../test/stand-in/world/index.js";
import type { StandInAnswer, StandInQuestion } from "./stand-in-process.js";

const [learners = "0", reposEach = "0", latencyMs = "0"] = process.argv.slice(2);
const send = process.send?.bind(process);
if (send === undefined) throw new Error("not started by the benchmark");

const world = buildWorld({
  logins: numberedLogins(Number(learners)),
  reposEach: Number(reposEach),
});
const standIn = await startGitHubStandIn({ world, latencyMs: Number(latencyMs) });

let told = 0;

function answer(question: StandInQuestion): StandInAnswer {
  switch (question.ask) {
    case "requests": {
      const requests = standIn.requests.slice(told);
      told = standIn.requests.length;
      return { requests };
    }
    case "problems":
      return { problems: worldProblems(standIn.state) };
    case "cpu":
      return { cpu: process.cpuUsage() };
  }
}

process.on("message", (question: StandInQuestion | "close") => {
  if (question === "close") {
    void standIn.close().then(() => process.exit());
    return;
  }
  send(answer(question));
});
// A benchmark that stops early (killed, or its output cut) leaves no stand-in behind.
process.on("disconnect", () => process.exit());
send({ baseUrl: standIn.baseUrl });
