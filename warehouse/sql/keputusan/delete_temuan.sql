-- A report's findings, before they are written again from its corrected values.
DELETE FROM temuan WHERE report_id = $report_id;
