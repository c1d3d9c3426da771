import { describe, expect, it } from "vitest";
import { readmeCompleteness } from "../../../src/domain/measures/readme-completeness.js";

const read = (text: string) =>
  readmeCompleteness({ repo: "cosmas/blog-api", path: "README.md", text });
const present = (text: string) => {
  const { setup, run, test } = read(text);
  return { setup: setup.present, run: run.present, test: test.present };
};

describe("readmeCompleteness", () => {
  it.each([
    // the phrasing of a real Django README: commands only, no headings
    [
      "pip install -r requirements.txt\npython manage.py runserver\npython manage.py test",
      { setup: true, run: true, test: true },
    ],
    ["## Installation\n## Usage\n## Testing", { setup: true, run: true, test: true }],
    ["Setup\n=====\n\nRunning\n-------\n\nTests\n~~~~~", { setup: true, run: true, test: true }],
    ["**Getting started**\n\n**How to use**", { setup: true, run: true, test: false }],
    [
      "git clone https://github.com/me/app\nnpm ci\nnpm start\nnpm test",
      { setup: true, run: true, test: true },
    ],
    [
      "python -m venv .venv\ndocker compose up --build\npytest -q",
      { setup: true, run: true, test: true },
    ],
    ["# Blog\nA blog built with Django while learning.", { setup: false, run: false, test: false }],
    // badges, images and lone links say nothing about how to set up, run or test
    [
      ".. image:: https://requires.io/github/me/app/requirements.svg?branch=master\n   :target: https://requires.io/github/me/app/requirements/?branch=master",
      { setup: false, run: false, test: false },
    ],
    [
      "[![Tests](https://github.com/me/app/actions/workflows/pytest.yml/badge.svg)](https://github.com/me/app/actions)",
      { setup: false, run: false, test: false },
    ],
    [
      '<a href="https://ci.example/app"><img src="https://ci.example/app/pytest.svg"></a>',
      { setup: false, run: false, test: false },
    ],
    [
      "- [Installation](docs/install.md)\n- [Running the tests](docs/tests.md)",
      { setup: false, run: false, test: false },
    ],
    // a link inside prose keeps its words, not its address
    [
      "Install the [requirements](requirements.txt), then run pytest (see https://docs.pytest.org/runserver).",
      { setup: true, run: false, test: true },
    ],
    // words that only count in headings do not count in prose
    [
      "I set up a blog and it will run well once tested.",
      { setup: false, run: false, test: false },
    ],
    // "Running tests" is about testing, not about running the app
    ["## Running the tests\npython manage.py test", { setup: false, run: false, test: true }],
    ["## Running and testing", { setup: false, run: true, test: true }],
    // a # comment inside a code block is not a heading
    ["```bash\n# usage and tests\necho hi\n```", { setup: false, run: false, test: false }],
    ["<h2>Prerequisites</h2>", { setup: true, run: false, test: false }],
  ])("%j → %j", (text, expected) => {
    expect(present(text)).toEqual(expected);
  });

  it("cites every line that shows an aspect, numbered from 1", () => {
    const readme = [
      "# Blog API", // 1
      "", // 2
      "## Setup", // 3: setup heading
      "```bash", // 4
      "git clone https://github.com/cosmas/blog-api.git", // 5: clone
      "pip install -r requirements.txt", // 6: install, requirements
      "python manage.py runserver", // 7: run
      "```", // 8
      "Then run `python manage.py test`.  ", // 9: test (trailing spaces trimmed)
    ].join("\r\n");
    const result = read(readme);
    expect(result.path).toBe("README.md");
    expect(result.setup.lines.map((line) => line.line)).toEqual([3, 5, 6]);
    expect(result.run.lines).toEqual([
      {
        kind: "readme-line",
        repo: "cosmas/blog-api",
        path: "README.md",
        line: 7,
        text: "python manage.py runserver",
      },
    ]);
    expect(result.test.lines.map((line) => line.text)).toEqual([
      "Then run `python manage.py test`.",
    ]);
  });

  it("reports nothing present when there is no README", () => {
    expect(readmeCompleteness({ repo: "cosmas/notes" })).toEqual({
      setup: { present: false, lines: [] },
      run: { present: false, lines: [] },
      test: { present: false, lines: [] },
    });
  });
});
