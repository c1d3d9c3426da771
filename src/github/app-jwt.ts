import { createPrivateKey, sign, type KeyObject } from "node:crypto";

/*
 * The app's JSON web tokens (RS256, as GitHub asks), for @octokit/auth-app's `createJwt`.
 * Its own signer parses the PEM (and converts a PKCS#1 key) for every token it signs, one per
 * installation token: about 3 ms of CPU a learner. Here the key is parsed once, and a token is
 * handed out again while it has more than a minute to run.
 */

/** GitHub refuses a token that lives longer than 10 minutes. */
const LIFETIME_S = 10 * 60;
/** Issued this far back, for a clock a little ahead of GitHub's (as Octokit does). */
const CLOCK_MARGIN_S = 30;
/** A token is not handed out with less than this left: the request it goes with may wait. */
const RENEW_WITHIN_S = 60;

interface AppJwt {
  jwt: string;
  /** ISO-8601 instant. */
  expiresAt: string;
}

/** `createJwt` of @octokit/auth-app: `timeDifference` is GitHub's clock minus ours, in seconds. */
export type CreateJwt = (appId: number | string, timeDifference?: number) => Promise<AppJwt>;

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** Signs the app's tokens with `privateKey`, by the clock `now` (milliseconds). */
export function jwtSigner(privateKey: string, now: () => number = Date.now): CreateJwt {
  let key: KeyObject | undefined;
  let last:
    { appId: number | string; timeDifference: number; exp: number; jwt: string } | undefined;
  return async (appId, timeDifference = 0) => {
    const at = Math.floor(now() / 1000) + timeDifference;
    if (
      last?.appId !== appId ||
      last.timeDifference !== timeDifference ||
      last.exp - at <= RENEW_WITHIN_S
    ) {
      // Environment variables often carry the key's line breaks escaped. A key that does not
      // parse is not remembered: every token asked for fails, as each request did before.
      key ??= createPrivateKey(privateKey.replace(/\\n/g, "\n"));
      const iat = at - CLOCK_MARGIN_S;
      const exp = iat + LIFETIME_S;
      const unsigned = `${base64url({ alg: "RS256", typ: "JWT" })}.${base64url({ iat, exp, iss: appId })}`;
      const signature = sign("RSA-SHA256", Buffer.from(unsigned), key).toString("base64url");
      last = { appId, timeDifference, exp, jwt: `${unsigned}.${signature}` };
    }
    return { jwt: last.jwt, expiresAt: new Date(last.exp * 1000).toISOString() };
  };
}

// One signer per key this process is given (configuration, so a handful at most), shared by
// every Octokit made with it.
const signers = new Map<string, CreateJwt>();

/** The process's signer for `privateKey`. */
export function appJwts(privateKey: string): CreateJwt {
  let signer = signers.get(privateKey);
  if (!signer) signers.set(privateKey, (signer = jwtSigner(privateKey)));
  return signer;
}
