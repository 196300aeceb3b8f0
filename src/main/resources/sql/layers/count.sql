SELECT count(*) FROM {{relation}}
