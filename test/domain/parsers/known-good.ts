import { createHash } from "node:crypto";

/*
 * Known-good inputs: the first learner's expectation document in the ways it could be saved,
 * and replies written the ways the reply tests show learners write them.
 */

/** The repository replies are read in. */
export const REPO_CONTEXT = { owner: "cosmas-o", repo: "django-blog" };

/**
 * The document as written, and as it could have been saved: Windows or old Mac line endings,
 * a byte-order mark, closing hashes and trailing space on its headings, tabs after markers,
 * numbered and starred lists, emphasis of every kind, task boxes.
 */
export function expectationVariants(document: string): string[] {
  const withHeadings = (closing: string) =>
    document.replace(/^(#{1,6} .*?)[ \t]*$/gm, (_, heading: string) => `${heading}${closing}`);
  return [
    document,
    document.replace(/\n/g, "\r\n"),
    document.replace(/\n/g, "\r"),
    `\uFEFF${document}`,
    withHeadings(" ##"),
    withHeadings(" \t#   "),
    withHeadings("   "),
    document.replace(/^- /gm, "-\t"),
    document.replace(/^- /gm, "* "),
    document.replace(/^- /gm, "1. "),
    document.replace(/^- /gm, "- [ ] "),
    document.replace(/\*\*/g, "__"),
    document.replace(/\*\*(.+?)\*\*/g, "*$1*"),
    document.replace(/\*\*(.+?)\*\*/g, "~~$1~~"),
    document.replace(/\*\*(.+?)\*\*/g, "***$1***"),
    document.replace(/\*\*(.+?)\*\*/g, "`$1`"),
    document.replace(/\*\*(.+?)\*\*/g, "[$1](https://example.com)"),
    document.replace(/^## /gm, "### "),
    document.replace(/^## (\d)\. /gm, "## $1) "),
  ];
}

/** Replies as the reply tests write them, in every labelling style. */
export const KNOWN_REPLIES = [
  `## Summary
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
`,
  `**Summary:** built the task manager API with DRF.

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
`,
  `Summary: set up PostgreSQL locally and pointed the blog at it
Code: cosmas-o/django-blog@4e5f6a7
Challenges: migrations broke
What stuck: \`psql -l\` lists the databases
What needs review: nothing this week
Next steps: deploy the blog`,
  `### Next steps
- [ ] paginate the post list

# Challenges
Pagination off-by-one.

#### Summary
Added pagination to the blog.`,
  `## ✅ What I did this week
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
- Profile page`,
  `- finished the blog models
- admin works now
- tests still missing, ran out of time`,
  `- Done: login and logout views
- Problems: CSRF errors on the login form
- TIL: \`{% csrf_token %}\` goes inside the form
- Next: password reset`,
  `Sorry this is late!

## Summary
Built the comment form.`,
  `> ## Next steps
> - Write tests for the Post views
> - Deploy to my Linux VM

Tests are done, deploy is not.

## Challenges
Gunicorn would not start on the VM.
> <!-- checkpoint:v1 {"kind":"weekly","week":8} -->

<!-- checkpoint:v1 {"kind":"weekly","week":8} -->
## Next steps
- Fix the gunicorn service file`,
  `Next steps:
- [ ] write tests for the Comment model
- [x] read the testing docs
- [ ] set up GitHub Actions`,
  `## Summary ##
Closing hashes on every heading.   

## Code ###
#12 and o/r#3 and [the PR](https://github.com/cosmas-o/django-blog/pull/9), abc1234.
\`\`\`
## Next steps
not a heading: in a fence
\`\`\`

## Next steps #
- one
  continued
- [ ] two`,
  "## Summary\r\nCRLF line endings.\r\n\r\n## Next steps\r\n- deploy\r\n- test",
  "",
  "  \n\n\t\n",
  "> Week 8 · Nov 17 – Nov 23, 2025\n<!-- checkpoint:v1 {} -->\n",
  "## Summary\n\n## Next steps\n---\n",
];

/** A digest of what a parser made of an input, so the snapshot of many outputs stays small. */
export const digest = (output: unknown): string =>
  createHash("sha256")
    .update(JSON.stringify(output) ?? "undefined")
    .digest("base64url")
    .slice(0, 16);
