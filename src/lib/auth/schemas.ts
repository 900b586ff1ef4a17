import { z } from "zod";

// Shared by the session and throttle controls of the dashboard and the domain functions in server/auth.

const userId = z.string().trim().min(1).max(64);

/** An admin ends every session of an account. */
export const endUserSessionsSchema = z.object({ id: userId });

/** An admin clears the sign-in throttles naming an account. */
export const clearSignInThrottlesSchema = z.object({ id: userId });

