import nock from "nock";
import { afterEach, beforeAll } from "vitest";

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
