-- {{table}}, {{columns}} and {{geometry_column}} come from ImportTarget; every value is bound.
INSERT INTO {{table}} ({{columns}}{{geometry_column}})
VALUES ({{values}}{{geometry}})
