-- How many features of a collection the query matches (numberMatched).
SELECT count(*) FROM {{relation}} t WHERE {{where}}
