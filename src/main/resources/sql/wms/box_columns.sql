-- How many of the bbox_* columns (V18) a layer's relation has, as the public or the owner role sees it.
SELECT count(*) AS n
FROM information_schema.columns
WHERE table_schema = :schema AND table_name = :table
  AND column_name IN ('bbox_west', 'bbox_south', 'bbox_east', 'bbox_north')
