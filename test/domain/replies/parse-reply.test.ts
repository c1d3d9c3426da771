import { describe, expect, it } from "vitest";
import { parseReply } from "../../../src/domain/replies/parse-reply.js";
import { commentPayload, repoOf } from "../../helpers/comment-payload.js";

// Every reply below is the body of GitHub's own issue_comment example payload
// (Codertocat/Hello-World), read the way the handler will: body plus the payload's repository.
function parse(body: string) {
  const payload = commentPayload("created", body);
  return parseReply(payload.comment.body, repoOf(payload));
}

describe("parseReply: replies that follow the template", () => {
  it("reads a full reply with ## headings", () => {
    const reply = parse(`## Summary
Finished the Post and Comment models for the blog and wired up the admin.
Also read the Django docs on querysets.

## Code
- https://github.com/cosmas-o/django-blog/commit/9f3c2a1b7e4d5f60718293a4b5c6d7e8f9012345
- https://github.com/cosmas-o/django-blog/pull/7

## Challenges
Migrations broke when I renamed a field; I had to squash them.

## What stuck
\`select_related\` vs \`prefetch_related\` finally makes sense.

## What needs review
Is my \`Comment.post\` foreign key using the right \`on_delete\`?

## Next steps
- Write tests for the Post views
- Deploy to my Linux VM
`);
    // Each section is the text under its heading, without the blank line before the next one.
    expect(reply).toEqual({
      sections: {
        summary:
          "Finished the Post and Comment models for the blog and wired up the admin.\n" +
          "Also read the Django docs on querysets.",
        code:
          "- https://github.com/cosmas-o/django-blog/commit/9f3c2a1b7e4d5f60718293a4b5c6d7e8f9012345\n" +
          "- https://github.com/cosmas-o/django-blog/pull/7",
        challenges: "Migrations broke when I renamed a field; I had to squash them.",
        whatStuck: "`select_related` vs `prefetch_related` finally makes sense.",
        needsReview: "Is my `Comment.post` foreign key using the right `on_delete`?",
        nextSteps: "- Write tests for the Post views\n- Deploy to my Linux VM",
      },
      missing: [],
      nextSteps: ["Write tests for the Post views", "Deploy to my Linux VM"],
      codeLinks: [
        {
          kind: "commit",
          repo: "cosmas-o/django-blog",
          ref: "9f3c2a1b7e4d5f60718293a4b5c6d7e8f9012345",
          url: "https://github.com/cosmas-o/django-blog/commit/9f3c2a1b7e4d5f60718293a4b5c6d7e8f9012345",
        },
        {
          kind: "pull",
          repo: "cosmas-o/django-blog",
          ref: "7",
          url: "https://github.com/cosmas-o/django-blog/pull/7",
        },
      ],
      empty: false,
    });
  });

  it("reads bold labels, with the colon inside, outside or absent", () => {
    const reply = parse(`**Summary:** built the task manager API with DRF.

**Code**
https://github.com/cosmas-o/task-api/compare/main...auth-endpoints

**Challenges**: token auth kept returning 401.

__What stuck__
Serializers validate before save.

**What needs review:**
My permission classes.

__Next steps__
1. Add refresh tokens
2. Document setup in the README
`);
    expect(reply.sections).toEqual({
      summary: "built the task manager API with DRF.",
      code: "https://github.com/cosmas-o/task-api/compare/main...auth-endpoints",
      challenges: "token auth kept returning 401.",
      whatStuck: "Serializers validate before save.",
      needsReview: "My permission classes.",
      nextSteps: "1. Add refresh tokens\n2. Document setup in the README",
    });
    expect(reply.nextSteps).toEqual(["Add refresh tokens", "Document setup in the README"]);
    expect(reply.codeLinks).toEqual([
      {
        kind: "compare",
        repo: "cosmas-o/task-api",
        ref: "main...auth-endpoints",
        url: "https://github.com/cosmas-o/task-api/compare/main...auth-endpoints",
      },
    ]);
  });

  it("reads `Label: text` lines, the text on the same line", () => {
    const reply = parse(`Summary: set up PostgreSQL locally and pointed the blog at it
Code: cosmas-o/django-blog@4e5f6a7
Challenges: migrations broke
What stuck: \`psql -l\` lists the databases
What needs review: nothing this week
Next steps: deploy the blog`);
    expect(reply.sections).toEqual({
      summary: "set up PostgreSQL locally and pointed the blog at it",
      code: "cosmas-o/django-blog@4e5f6a7",
      challenges: "migrations broke",
      whatStuck: "`psql -l` lists the databases",
      needsReview: "nothing this week",
      nextSteps: "deploy the blog",
    });
    expect(reply.missing).toEqual([]);
    expect(reply.nextSteps).toEqual(["deploy the blog"]);
    expect(reply.codeLinks).toEqual([
      {
        kind: "commit",
        repo: "cosmas-o/django-blog",
        ref: "4e5f6a7",
        url: "https://github.com/cosmas-o/django-blog/commit/4e5f6a7",
      },
    ]);
  });

  it("reads sections in any order and at any heading level", () => {
    const reply = parse(`### Next steps
- [ ] paginate the post list

# Challenges
Pagination off-by-one.

#### Summary
Added pagination to the blog.`);
    expect(reply.sections).toEqual({
      summary: "Added pagination to the blog.",
      challenges: "Pagination off-by-one.",
      nextSteps: "- [ ] paginate the post list",
    });
    // Missing keys come in template order, not in the order the reply skipped them.
    expect(reply.missing).toEqual(["code", "whatStuck", "needsReview"]);
    expect(reply.nextSteps).toEqual(["paginate the post list"]);
  });

  it("reads emoji before labels and the synonyms learners use", () => {
    const reply = parse(`## ✅ What I did this week
Built the registration form with email confirmation.

## 🔗 Commits
- a1b2c3d add RegistrationForm
- 0f9e8d7 send confirmation email

## 🧱 Blockers
SMTP settings in dev.

## 💡 TIL
Django ships a console email backend.

## ❓ Questions
Should confirmation links expire?

## 🚀 Plans for next week
- Password reset
- Profile page`);
    // "What I did" + "this week" is a dated label; the other five are listed synonyms.
    expect(reply.sections).toEqual({
      summary: "Built the registration form with email confirmation.",
      code: "- a1b2c3d add RegistrationForm\n- 0f9e8d7 send confirmation email",
      challenges: "SMTP settings in dev.",
      whatStuck: "Django ships a console email backend.",
      needsReview: "Should confirmation links expire?",
      nextSteps: "- Password reset\n- Profile page",
    });
    expect(reply.nextSteps).toEqual(["Password reset", "Profile page"]);
    // Bare SHAs in the Code section are commits of the repository the reply was written in.
    expect(reply.codeLinks).toEqual([
      {
        kind: "commit",
        repo: "Codertocat/Hello-World",
        ref: "a1b2c3d",
        url: "https://github.com/Codertocat/Hello-World/commit/a1b2c3d",
      },
      {
        kind: "commit",
        repo: "Codertocat/Hello-World",
        ref: "0f9e8d7",
        url: "https://github.com/Codertocat/Hello-World/commit/0f9e8d7",
      },
    ]);
  });
});

describe("parseReply: replies that don't follow the template", () => {
  it("takes a reply with no labels, bullets only, as the summary", () => {
    const reply = parse(`- finished the blog models
- admin works now
- tests still missing, ran out of time`);
    expect(reply).toEqual({
      sections: {
        summary:
          "- finished the blog models\n- admin works now\n- tests still missing, ran out of time",
      },
      missing: ["code", "challenges", "whatStuck", "needsReview", "nextSteps"],
      nextSteps: [],
      codeLinks: [],
      empty: false,
    });
  });

  it("reads labelled bullets", () => {
    const reply = parse(`- Done: login and logout views
- Problems: CSRF errors on the login form
- TIL: \`{% csrf_token %}\` goes inside the form
- Next: password reset`);
    expect(reply.sections).toEqual({
      summary: "login and logout views",
      challenges: "CSRF errors on the login form",
      whatStuck: "`{% csrf_token %}` goes inside the form",
      nextSteps: "password reset",
    });
    expect(reply.missing).toEqual(["code", "needsReview"]);
  });

  it("puts text before the first label into the summary", () => {
    const reply = parse(`Sorry this is late!

## Summary
Built the comment form.`);
    // Nothing the learner wrote is dropped: the greeting leads the summary.
    expect(reply.sections).toEqual({ summary: "Sorry this is late!\n\nBuilt the comment form." });
  });

  it("ignores the bot's issue quoted back, and its hidden marker", () => {
    const reply = parse(`> ## Next steps
> - Write tests for the Post views
> - Deploy to my Linux VM

Tests are done, deploy is not.

## Challenges
Gunicorn would not start on the VM.
> <!-- checkpoint:v1 {"kind":"weekly","week":8} -->

<!-- checkpoint:v1 {"kind":"weekly","week":8} -->
## Next steps
- Fix the gunicorn service file`);
    // The quoted "## Next steps" opens nothing; the learner's own answer under it is summary.
    expect(reply).toEqual({
      sections: {
        summary: "Tests are done, deploy is not.",
        challenges: "Gunicorn would not start on the VM.",
        nextSteps: "- Fix the gunicorn service file",
      },
      missing: ["code", "whatStuck", "needsReview"],
      nextSteps: ["Fix the gunicorn service file"],
      codeLinks: [],
      empty: false,
    });
  });

  it("reads an edited reply's new body, not the one it replaced", () => {
    const payload = commentPayload(
      "edited",
      `## Summary
Blog is live on my VM.

## Next steps
- Add HTTPS with certbot`,
    );
    payload.changes.body = { from: "## Summary\nBlog is almost live." };
    const reply = parseReply(payload.comment.body, repoOf(payload));
    expect(reply.sections).toEqual({
      summary: "Blog is live on my VM.",
      nextSteps: "- Add HTTPS with certbot",
    });
    expect(reply.nextSteps).toEqual(["Add HTTPS with certbot"]);
    // The old body, read alone, had no next steps: the edit is what added them.
    expect(parseReply(payload.changes.body.from, repoOf(payload)).nextSteps).toEqual([]);
  });

  it("reads a reply with only next steps", () => {
    const reply = parse(`Next steps:
- [ ] write tests for the Comment model
- [x] read the testing docs
- [ ] set up GitHub Actions`);
    expect(reply).toEqual({
      sections: {
        nextSteps:
          "- [ ] write tests for the Comment model\n- [x] read the testing docs\n- [ ] set up GitHub Actions",
      },
      missing: ["summary", "code", "challenges", "whatStuck", "needsReview"],
      nextSteps: [
        "write tests for the Comment model",
        "read the testing docs",
        "set up GitHub Actions",
      ],
      codeLinks: [],
      empty: false,
    });
  });

  it.each([
    ["an empty body", ""],
    ["only whitespace", "  \n\n\t\n"],
    [
      "only a quote and a hidden marker",
      "> Week 8 · Nov 17 – Nov 23, 2025\n<!-- checkpoint:v1 {} -->\n",
    ],
    ["only empty headings", "## Summary\n\n## Next steps\n---\n"],
  ])("reports %s as empty", (_name, body) => {
    expect(parse(body)).toEqual({
      sections: {},
      missing: ["summary", "code", "challenges", "whatStuck", "needsReview", "nextSteps"],
      nextSteps: [],
      codeLinks: [],
      empty: true,
    });
  });
});
