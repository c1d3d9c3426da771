import { describe, expect, it } from "vitest";
import { greetingName } from "../../../src/domain/expectations/metadata.js";

describe("how a learner is greeted", () => {
  const document = { metadata: { learner: "  Cosmas Onyekwelu " } };

  it("by the config's name, else the document's first name, else the login", () => {
    expect(greetingName("Cos", document, "cosmas-onyekwelu")).toBe("Cos");
    expect(greetingName(undefined, document, "cosmas-onyekwelu")).toBe("Cosmas");
    expect(greetingName(undefined, { metadata: {} }, "cosmas-onyekwelu")).toBe("cosmas-onyekwelu");
    expect(greetingName(undefined, { metadata: { learner: " " } }, "ada")).toBe("ada");
    expect(greetingName(undefined, undefined, "ada")).toBe("ada");
  });
});
