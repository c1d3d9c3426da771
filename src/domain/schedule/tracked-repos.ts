/** A repository the installation can see. */
export interface VisibleRepo {
  owner: string;
  name: string;
  archived: boolean;
}

/**
 * The repositories measured for a learner: with `repositories: all`, every repository the
 * installation can see except archived ones and the home repository (it holds the issues),
 * unless the home repository is the only one, where a learner keeps code and issues together;
 * otherwise the ones listed, a bare name meaning the home repository's owner. A listed
 * repository the installation cannot see is returned in `missing`, to be reported.
 */
export function trackedRepos(params: {
  setting: "all" | string[];
  home: { owner: string; repo: string };
  visible: readonly VisibleRepo[];
}): { tracked: { owner: string; repo: string }[]; missing: string[] } {
  const { setting, home, visible } = params;
  const key = (owner: string, name: string) => `${owner}/${name}`.toLowerCase();
  if (setting === "all") {
    const homeKey = key(home.owner, home.repo);
    const live = visible.filter((repo) => !repo.archived);
    const others = live.filter((repo) => key(repo.owner, repo.name) !== homeKey);
    return {
      tracked: (others.length > 0 ? others : live).map((repo) => ({
        owner: repo.owner,
        repo: repo.name,
      })),
      missing: [],
    };
  }
  const byKey = new Map(visible.map((repo) => [key(repo.owner, repo.name), repo]));
  const tracked: { owner: string; repo: string }[] = [];
  const missing: string[] = [];
  for (const entry of setting) {
    const [owner, name] = entry.includes("/") ? entry.split("/") : [home.owner, entry];
    const found = byKey.get(key(owner as string, name as string));
    if (found) tracked.push({ owner: found.owner, repo: found.name });
    else missing.push(entry);
  }
  return { tracked, missing };
}
