import type { ProbotOctokit } from "probot";

/**
 * Who the app is on GitHub: its bot account's login, `<slug>[bot]`, the only author whose
 * markers Checkpoint believes. Asked of GitHub once (`GET /app`, with the app's own JWT)
 * and remembered for the life of the process; a list of installations, which names the
 * slug too, can tell it first.
 */
export class AppIdentity {
  #login: Promise<string> | undefined;

  constructor(private readonly appOctokit: () => Promise<ProbotOctokit>) {}

  /** An identity already known, as tests and tools that name the app give it. */
  static known(login: string): AppIdentity {
    const identity = new AppIdentity(() => Promise.reject(new Error("identity is fixed")));
    identity.#login = Promise.resolve(login);
    return identity;
  }

  /** The bot login, e.g. `checkpoint[bot]`. */
  login(): Promise<string> {
    this.#login ??= this.#ask();
    return this.#login;
  }

  /** The slug, learnt from elsewhere (an installation listing), saves the request. */
  learn(slug: string | undefined | null): void {
    if (slug && !this.#login) this.#login = Promise.resolve(botLogin(slug));
  }

  async #ask(): Promise<string> {
    try {
      const octokit = await this.appOctokit();
      const { data } = await octokit.rest.apps.getAuthenticated();
      if (!data?.slug) throw new Error("GitHub did not say the app's slug");
      return botLogin(data.slug);
    } catch (error) {
      // Not remembered: the next caller asks again.
      this.#login = undefined;
      throw error;
    }
  }
}

/** The login GitHub gives an app's bot account. */
function botLogin(slug: string): string {
  return `${slug}[bot]`;
}
