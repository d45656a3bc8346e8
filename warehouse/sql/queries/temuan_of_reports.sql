-- How many findings (on the report itself and across reports) the given reports carry.
SELECT count(*) FROM v_temuan WHERE list_contains($report_ids, report_id);
