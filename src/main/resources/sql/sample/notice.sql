-- Whether the register holds the synthetic sample (ADR 0008).
SELECT synthetic_sample FROM pub.register_notice
