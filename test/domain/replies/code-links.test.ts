import { describe, expect, it } from "vitest";
import { parseReply } from "../../../src/domain/replies/parse-reply.js";
import { commentPayload, repoOf } from "../../helpers/comment-payload.js";

const HERE = "https://github.com/Codertocat/Hello-World";
const BLOG = "https://github.com/cosmas-o/django-blog";
const API = "https://github.com/cosmas-o/task-api";

describe("parseReply: code links", () => {
  it("finds every form, Code section first, each piece of work once", () => {
    const payload = commentPayload(
      "created",
      `## Summary
Merged ${BLOG}/pull/11 — my #1 priority — and fixed 2b3c4d5 locally.
Also see Codertocat/Hello-World#2.

## Code
- ${BLOG}/commit/9F3C2A1
- [login view](${BLOG}/pull/12/files)
- ${BLOG}/pull/12/commits/abcdef1234567
- <${API}/compare/v0.1.0...v0.2.0>.
- ${API}/issues/3#issuecomment-1
- cosmas-o/task-api@0a1b2c3d4e5f
- cosmas-o/task-api#9
- #4, and 1a2b3c4.
- [7e8f9a0](${BLOG}/commit/7e8f9a0b1c2d)
- not SHAs: deadbeef, defaced, 1234-5678, v2.0.1, 12345678901234567890123456789012345678901
- https://example.com/cosmas-o/blog/commit/1234567
- again: ${BLOG}/commit/9f3c2a1e5d
> ${BLOG}/pull/99
\`\`\`
7c6d5e4 fix typo
\`\`\``,
    );
    expect(parseReply(payload.comment.body, repoOf(payload)).codeLinks).toEqual([
      // Upper-case SHA in an address: kept lower-case.
      {
        kind: "commit",
        repo: "cosmas-o/django-blog",
        ref: "9f3c2a1",
        url: `${BLOG}/commit/9f3c2a1`,
      },
      // "/files" after the number and the link text "login view" change nothing.
      { kind: "pull", repo: "cosmas-o/django-blog", ref: "12", url: `${BLOG}/pull/12` },
      // A commit opened from the pull request's commit list is that commit.
      {
        kind: "commit",
        repo: "cosmas-o/django-blog",
        ref: "abcdef1234567",
        url: `${BLOG}/commit/abcdef1234567`,
      },
      // Angle brackets and the sentence's full stop are not part of the range.
      {
        kind: "compare",
        repo: "cosmas-o/task-api",
        ref: "v0.1.0...v0.2.0",
        url: `${API}/compare/v0.1.0...v0.2.0`,
      },
      { kind: "issue", repo: "cosmas-o/task-api", ref: "3", url: `${API}/issues/3` },
      {
        kind: "commit",
        repo: "cosmas-o/task-api",
        ref: "0a1b2c3d4e5f",
        url: `${API}/commit/0a1b2c3d4e5f`,
      },
      { kind: "pull-or-issue", repo: "cosmas-o/task-api", ref: "9", url: `${API}/issues/9` },
      // Short forms in the Code section belong to the repository the reply was written in.
      { kind: "pull-or-issue", repo: "Codertocat/Hello-World", ref: "4", url: `${HERE}/issues/4` },
      {
        kind: "commit",
        repo: "Codertocat/Hello-World",
        ref: "1a2b3c4",
        url: `${HERE}/commit/1a2b3c4`,
      },
      // The link text "7e8f9a0" is not read as a second, bare SHA of this repository.
      {
        kind: "commit",
        repo: "cosmas-o/django-blog",
        ref: "7e8f9a0b1c2d",
        url: `${BLOG}/commit/7e8f9a0b1c2d`,
      },
      // Not found: hex words without a digit, short or 41-digit numbers, another host, the
      // longer SHA of 9f3c2a1 (already listed), the quoted pull 99, the SHA in the code block.
      // Then the summary: its full address and owner/repo#N count; "#1" and "2b3c4d5" do not.
      { kind: "pull", repo: "cosmas-o/django-blog", ref: "11", url: `${BLOG}/pull/11` },
      {
        kind: "pull-or-issue",
        repo: "Codertocat/Hello-World",
        ref: "2",
        url: `${HERE}/issues/2`,
      },
    ]);
  });

  it("keeps the same address once across sections", () => {
    const reply = parseReply(
      `Code: ${BLOG}/pull/7\nChallenges: review comments on ${BLOG}/pull/7`,
      { owner: "Codertocat", repo: "Hello-World" },
    );
    expect(reply.codeLinks).toEqual([
      { kind: "pull", repo: "cosmas-o/django-blog", ref: "7", url: `${BLOG}/pull/7` },
    ]);
  });

  it("reads addresses of the configured GitHub Enterprise server, and builds them there", () => {
    const reply = parseReply(
      `## Code
- https://ghe.example.com/cosmas/blog/pull/3
- https://github.com/cosmas/blog/pull/4
- 5e6f7a8`,
      { owner: "Codertocat", repo: "Hello-World", serverUrl: "https://ghe.example.com/" },
    );
    // github.com is another server here; the trailing slash of serverUrl is not doubled.
    expect(reply.codeLinks).toEqual([
      {
        kind: "pull",
        repo: "cosmas/blog",
        ref: "3",
        url: "https://ghe.example.com/cosmas/blog/pull/3",
      },
      {
        kind: "commit",
        repo: "Codertocat/Hello-World",
        ref: "5e6f7a8",
        url: "https://ghe.example.com/Codertocat/Hello-World/commit/5e6f7a8",
      },
    ]);
  });

  it("reads no short forms from a reply without a Code section", () => {
    const reply = parseReply("Pushed a1b2c3d and closed #3 this week.", {
      owner: "Codertocat",
      repo: "Hello-World",
    });
    expect(reply.codeLinks).toEqual([]);
  });
});
