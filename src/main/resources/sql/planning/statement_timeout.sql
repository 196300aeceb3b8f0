-- The deadline of this transaction's statements.
SELECT set_config('statement_timeout', :timeout, true)
