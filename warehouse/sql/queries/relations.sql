-- The warehouse's tables and views, for export.
SELECT table_name, table_type = 'VIEW' AS is_view
FROM information_schema.tables
WHERE table_schema = 'main'
ORDER BY is_view, table_name;
