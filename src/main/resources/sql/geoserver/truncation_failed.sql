-- Exponential back-off: first-retry × 2^attempts, at most max-retry.
UPDATE core.tile_truncations
SET attempts = attempts + 1, last_error = :error,
    next_attempt_at = now() + least(:first_ms * power(2, attempts), :max_ms) * interval '1 millisecond'
WHERE id = :id
