/**
 * Test servers and benchmarks send far more requests per user than a person would, so they switch
 * the rate limits off explicitly; tests/int/rate-limits.test.ts sets its own low limits instead.
 */
export const rateLimitsOff: Record<string, string> = {
  RATE_LIMIT_LOGIN: 'off',
  RATE_LIMIT_LOGIN_IP: 'off',
  RATE_LIMIT_FORGOT_PASSWORD: 'off',
  RATE_LIMIT_FORGOT_PASSWORD_IP: 'off',
  RATE_LIMIT_REGISTRATIONS: 'off',
  RATE_LIMIT_SEARCH: 'off',
  RATE_LIMIT_VERIFICATION_LINKS: 'off',
  RATE_LIMIT_REFERRAL_LINKS: 'off',
  RATE_LIMIT_REFERRAL_CARDS: 'off',
}
