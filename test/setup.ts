import nock from "nock";
import { afterEach, beforeAll } from "vitest";
import { leakedLines } from "./helpers/log-lines.js";

// No test may reach the network: every GitHub call is a nock scope.
beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect((host) => host.startsWith("127.0.0.1") || host.startsWith("localhost"));
});

// Every mocked call must have been made; a scope left pending is a failed test.
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  if (pending.length > 0) {
    throw new Error(`Mocked GitHub calls were never made:\n  ${pending.join("\n  ")}`);
  }
});

// No log line any test wrote may give a test credential away: the app's scrubbing is on every line.
afterEach(() => {
  const leaked = leakedLines();
  if (leaked.length > 0) {
    throw new Error(`Log lines gave a credential away:\n  ${leaked.join("\n  ")}`);
  }
});
