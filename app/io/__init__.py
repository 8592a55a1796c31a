"""Files in and out of the vault: exports (CSV/JSON/XLSX) and, later, imports and GDPR tools."""
