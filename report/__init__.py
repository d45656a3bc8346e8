"""The evaluator's report: one self-contained HTML page (`lkj report`) and one workbook
(`lkj export --xlsx`) made from the warehouse views through the named queries
`warehouse/sql/queries/report_*.sql`."""

from .html import NothingLoaded, build_report
from .xlsx import SHEETS, export_xlsx

__all__ = ["NothingLoaded", "SHEETS", "build_report", "export_xlsx"]
