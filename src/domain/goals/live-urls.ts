/** How many live addresses the facts keep: one proves it, a few name every project. */
export const LIVE_URLS_KEPT = 3;
/** The longest address kept: the facts travel in a marker, and an app's address is short. */
const LONGEST_URL = 200;

/** Hosts where a learner's Django app runs once deployed. */
const HOSTING =
  /\.(?:herokuapp\.com|onrender\.com|fly\.dev|pythonanywhere\.com|railway\.app|up\.railway\.app|vercel\.app|netlify\.app|ondigitalocean\.app|azurewebsites\.net|appspot\.com|koyeb\.app|web\.app|glitch\.me|replit\.app)$/i;
/** Words that say a line's address is the running app. */
const LIVE_WORDS = /\b(?:live|demo|deployed|production|hosted|visit|try it)\b/i;
/** Addresses that are never the app itself. */
const NOT_AN_APP =
  /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|(?:[\w-]+\.)*(?:github\.com|githubusercontent\.com|shields\.io|djangoproject\.com|python\.org|pypi\.org|readthedocs\.io|example\.com))$/i;
const URL = /https?:\/\/[^\s)<>\]"'`]+/gi;

/**
 * Addresses in a README that show the project running on a live server: any address on a
 * hosting platform's domain, or an address on a line that calls it live, a demo or deployed.
 * Code hosts, documentation, badges and local addresses never count.
 */
export function liveUrls(readme: string): string[] {
  const found = new Set<string>();
  for (const line of readme.split("\n")) {
    for (const match of line.matchAll(URL)) {
      const address = match[0].replace(/[.,;:!?]+$/, "");
      const host = hostOf(address);
      if (host === undefined || NOT_AN_APP.test(host) || address.length > LONGEST_URL) continue;
      if (HOSTING.test(host) || LIVE_WORDS.test(line)) found.add(address);
    }
  }
  return [...found];
}

function hostOf(address: string): string | undefined {
  try {
    return new globalThis.URL(address).hostname;
  } catch {
    return undefined;
  }
}
