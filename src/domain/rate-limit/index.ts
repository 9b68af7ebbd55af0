export { hitRateLimit, purgeRateLimits, type RateLimitRule, type RateLimitVerdict } from './rate-limiter.js';
