"""Reports: PDFs for people (the recovery sheet; the annual report for the steering group)."""
