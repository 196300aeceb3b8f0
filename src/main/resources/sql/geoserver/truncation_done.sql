UPDATE core.tile_truncations SET done_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = :id
