/** Base names that say what a file is for, not which one it is: never shown alone. */
const ROLE_NAMES = new Set(["tests.py", "test.py", "__init__.py", "conftest.py", "readme.md"]);

const segmentsOf = (path: string) => path.split("/");

/** The last `n` segments of a path. */
const tail = (path: string, n: number) => segmentsOf(path).slice(-n).join("/");

/**
 * Each path by its shortest unambiguous name among `paths`: the fewest trailing segments that
 * no other path ends with, so Django's many `tests.py` read `accounts/tests.py` and
 * `blog/tests.py`. A role name (`tests.py`) keeps its folder even when alone; a top-level
 * README stays `README.md`.
 */
export function shortestNames(paths: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const path of paths) {
    const depth = segmentsOf(path).length;
    const base = tail(path, 1).toLowerCase();
    let n = ROLE_NAMES.has(base) && depth > 1 ? 2 : 1;
    const clashes = (n: number) =>
      paths.some((other) => other !== path && tail(other, n) === tail(path, n));
    while (n < depth && clashes(n)) n += 1;
    names.set(path, tail(path, n));
  }
  return names;
}
